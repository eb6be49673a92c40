<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Answers</name>
    <message>
        <source>answer %1 of %2 is %3; answers run from %4 to %5</source>
        <translation>الإجابة %1 من %2 هي %3؛ تمتد الإجابات من %4 إلى %5</translation>
    </message>
    <message>
        <source>expected %1 answers, one for each statement, but got %2</source>
        <translation>المتوقَّع %1 إجابة، واحدة لكل عبارة، لكن وصل %2</translation>
    </message>
    <message>
        <source>expected %1 answers separated by commas, one for each statement, but got %2</source>
        <translation>المتوقَّع %1 إجابة تفصل بينها فواصل، واحدة لكل عبارة، لكن وصل %2</translation>
    </message>
    <message>
        <source>answer %1 of %2 is empty</source>
        <translation>الإجابة %1 من %2 فارغة</translation>
    </message>
    <message>
        <source>answer %1 of %2 is &quot;%3&quot;, which is not a whole number</source>
        <translation>الإجابة %1 من %2 هي «%3»، وهي ليست عددًا صحيحًا</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: rater-cli [--lang en|ar|fa] COMMAND [OPTIONS]

Commands:
  score ANSWERS   score one set of answers, given as comma-separated numbers

Run &quot;rater-cli COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation>الاستخدام: rater-cli [--lang en|ar|fa] COMMAND [OPTIONS]

الأوامر:
  score ANSWERS   احتساب نتيجة مجموعة واحدة من الإجابات، تُكتب أرقامًا تفصل بينها فواصل

شغّل «rater-cli COMMAND --help» لعرض خيارات أي أمر.
</translation>
    </message>
    <message>
        <source>no command given; run &quot;rater-cli --help&quot; for the commands</source>
        <translation>لم يُحدَّد أي أمر؛ شغّل «rater-cli --help» لعرض الأوامر</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run &quot;rater-cli --help&quot; for the commands</source>
        <translation>الأمر «%1» غير معروف؛ شغّل «rater-cli --help» لعرض الأوامر</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use en, ar or fa</source>
        <translation>اللغة «%1» غير معروفة؛ استخدم en أو ar أو fa</translation>
    </message>
    <message>
        <source>language of the output: en, ar or fa</source>
        <translation>لغة المُخرَجات: en أو ar أو fa</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>عرض هذه المساعدة</translation>
    </message>
</context>
<context>
    <name>QuestionnaireLoader</name>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>يجب أن يكون المستوى الأعلى كائن JSON</translation>
    </message>
    <message>
        <source>the version must be 1 or more</source>
        <translation>يجب أن يكون الإصدار ١ أو أكثر</translation>
    </message>
    <message>
        <source>expected an object in braces { }</source>
        <translation>المتوقَّع كائن بين قوسين معقوفين { }</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; expected one of: %2</source>
        <translation>الحقل «%1» غير معروف؛ الحقول المتوقعة: %2</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>الحقل «%1» مفقود</translation>
    </message>
    <message>
        <source>expected a list in brackets [ ]</source>
        <translation>المتوقَّع قائمة بين قوسين مربعين [ ]</translation>
    </message>
    <message>
        <source>the list must not be empty</source>
        <translation>يجب ألا تكون القائمة فارغة</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>المتوقَّع عدد صحيح</translation>
    </message>
    <message>
        <source>expected a text in quotes</source>
        <translation>المتوقَّع نص بين علامتي تنصيص</translation>
    </message>
    <message>
        <source>the text must not be empty</source>
        <translation>يجب ألا يكون النص فارغًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id; an id uses lower-case letters a-z, digits, &quot;-&quot; and &quot;_&quot;</source>
        <translation>«%1» ليس معرّفًا صالحًا؛ يتكوّن المعرّف من أحرف لاتينية صغيرة a-z وأرقام و«-» و«_»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code; use a two- or three-letter code such as &quot;en&quot;</source>
        <translation>«%1» ليس رمز لغة؛ استخدم رمزًا من حرفين أو ثلاثة مثل «en»</translation>
    </message>
    <message>
        <source>duplicate language &quot;%1&quot;</source>
        <translation>اللغة «%1» مكررة</translation>
    </message>
    <message>
        <source>expected a text in each language, as an object such as {&quot;%1&quot;: &quot;…&quot;}</source>
        <translation>المتوقَّع نص بكل لغة، في كائن مثل {&quot;%1&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; the file declares %2</source>
        <translation>اللغة «%1» غير معروفة؛ اللغات المعلنة في الملف: %2</translation>
    </message>
    <message>
        <source>the text in &quot;%1&quot; is missing; the file declares the languages %2</source>
        <translation>النص باللغة «%1» مفقود؛ اللغات المعلنة في الملف: %2</translation>
    </message>
    <message>
        <source>a scale needs at least two points</source>
        <translation>يحتاج المقياس إلى درجتين على الأقل</translation>
    </message>
    <message>
        <source>duplicate scale value %1</source>
        <translation>قيمة المقياس %1 مكررة</translation>
    </message>
    <message>
        <source>scale values rise by one; expected %1, found %2</source>
        <translation>تزداد قيم المقياس واحدًا واحدًا؛ المتوقَّع %1 والموجود %2</translation>
    </message>
    <message>
        <source>unknown keying &quot;%1&quot;; use &quot;forward&quot;, &quot;reverse&quot; or a list with an item score for each scale point</source>
        <translation>طريقة الاحتساب «%1» غير معروفة؛ استخدم «forward» أو «reverse» أو قائمة فيها درجة لكل نقطة من المقياس</translation>
    </message>
    <message>
        <source>the keying is &quot;forward&quot;, &quot;reverse&quot; or a list with an item score for each scale point</source>
        <translation>طريقة الاحتساب هي «forward» أو «reverse» أو قائمة فيها درجة لكل نقطة من المقياس</translation>
    </message>
    <message>
        <source>the keying lists %1 item scores, but the scale has %2 points</source>
        <translation>تسرد طريقة الاحتساب %1 درجات، لكن للمقياس %2 نقاط</translation>
    </message>
    <message>
        <source>item score %1 is outside the scale, which runs from %2 to %3</source>
        <translation>الدرجة %1 خارج المقياس الذي يمتد من %2 إلى %3</translation>
    </message>
    <message>
        <source>duplicate statement number %1</source>
        <translation>رقم العبارة %1 مكرر</translation>
    </message>
    <message>
        <source>expected statement number %1, found %2; statements are numbered 1, 2, 3… in order</source>
        <translation>المتوقَّع العبارة رقم %1 والموجود %2؛ تُرقَّم العبارات ١، ٢، ٣… بالترتيب</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;; each dimension needs its own id</source>
        <translation>المعرّف «%1» مكرر؛ لكل بُعد معرّف خاص به</translation>
    </message>
    <message>
        <source>statement %1 does not exist; the statements are numbered 1 to %2</source>
        <translation>العبارة %1 غير موجودة؛ أرقام العبارات من ١ إلى %2</translation>
    </message>
    <message>
        <source>statement %1 is listed twice</source>
        <translation>العبارة %1 مذكورة مرتين</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;; each band needs its own id</source>
        <translation>المعرّف «%1» مكرر؛ لكل فئة معرّف خاص بها</translation>
    </message>
    <message>
        <source>min %1 is greater than max %2</source>
        <translation>الحد الأدنى %1 أكبر من الحد الأعلى %2</translation>
    </message>
    <message>
        <source>band &quot;%1&quot; covers %2 to %3, outside the possible totals %4 to %5</source>
        <translation>الفئة «%1» تغطي من %2 إلى %3، خارج المجاميع الممكنة من %4 إلى %5</translation>
    </message>
    <message>
        <source>band &quot;%1&quot; (%2 to %3) overlaps band &quot;%4&quot; (%5 to %6)</source>
        <translation>الفئة «%1» (من %2 إلى %3) تتداخل مع الفئة «%4» (من %5 إلى %6)</translation>
    </message>
    <message>
        <source>no band covers the totals %1 to %2</source>
        <translation>لا توجد فئة تغطي المجاميع من %1 إلى %2</translation>
    </message>
    <message>
        <source>line %1, column %2: not valid JSON (%3)</source>
        <translation>السطر %1، العمود %2: ليس JSON صالحًا (%3)</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: تعذّرت قراءة الملف (%2)</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>إنه مجلد</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB; a questionnaire is far smaller</source>
        <translation>%1: حجم الملف أكبر من %2 ميبيبايت؛ الاستبيان أصغر من ذلك بكثير</translation>
    </message>
    <message>
        <source>there is no built-in questionnaire &quot;%1&quot;; the built-in ones are: %2</source>
        <translation>لا يوجد استبيان مدمج باسم «%1»؛ الاستبيانات المدمجة: %2</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Scores one set of answers and prints the total, the band and the dimension scores.</source>
        <translation>يحتسب نتيجة مجموعة واحدة من الإجابات ويطبع المجموع والفئة ودرجات الأبعاد.</translation>
    </message>
    <message>
        <source>built-in questionnaire id or questionnaire file (default: %1)</source>
        <translation>معرّف استبيان مدمج أو ملف استبيان (الافتراضي: %1)</translation>
    </message>
    <message>
        <source>output format: text or json (default: text)</source>
        <translation>صيغة المُخرَجات: text أو json (الافتراضية: text)</translation>
    </message>
    <message>
        <source>one answer per statement, in statement order, separated by commas, for example 4,2,5,…</source>
        <translation>إجابة واحدة لكل عبارة، بترتيب العبارات، تفصل بينها فواصل، مثل 4,2,5,…</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text or json</source>
        <translation>الصيغة «%1» غير معروفة؛ استخدم text أو json</translation>
    </message>
    <message>
        <source>no answers given; give them as one argument, for example rater-cli score 4,2,5,…</source>
        <translation>لم تُعطَ أي إجابات؛ اكتبها في وسيط واحد، مثل rater-cli score 4,2,5,…</translation>
    </message>
    <message>
        <source>the answers must be one argument, separated by commas without spaces, for example 4,2,5,…; got %1 arguments</source>
        <translation>يجب أن تكون الإجابات وسيطًا واحدًا تفصل بينها فواصل بلا مسافات، مثل 4,2,5,…؛ وقد وصل %1 وسائط</translation>
    </message>
    <message>
        <source>Total: %1 (possible range %2 to %3)</source>
        <translation>المجموع: %1 (المدى الممكن من %2 إلى %3)</translation>
    </message>
    <message>
        <source>Band: %1 (%2 to %3)</source>
        <translation>الفئة: %1 (من %2 إلى %3)</translation>
    </message>
    <message>
        <source>Dimensions (mean item score from %1 to %2, and percent):</source>
        <translation>الأبعاد (متوسط الدرجة من %1 إلى %2، والنسبة المئوية):</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Weakest dimension: %1</source>
        <translation>أضعف الأبعاد: %1</translation>
    </message>
</context>
<context>
    <name>rater::gui::MainWindow</name>
    <message>
        <source>Rater</source>
        <translation>Rater</translation>
    </message>
    <message>
        <source>How good is your customer service?</source>
        <translation>ما مدى جودة خدمة العملاء لديك؟</translation>
    </message>
</context>
</TS>
