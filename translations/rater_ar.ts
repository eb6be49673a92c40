<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ActionCommands</name>
    <message>
        <source>&quot;%1&quot; is not an action id; ids are whole numbers from 1, as rater-cli action list shows them</source>
        <translation>&quot;%1&quot; ليس معرّف إجراء؛ المعرّفات أعداد صحيحة تبدأ من 1 كما يعرضها rater-cli action list</translation>
    </message>
    <message>
        <source>there is no dimension &quot;%1&quot;; the dimensions are: %2</source>
        <translation>لا يوجد بُعد &quot;%1&quot;؛ الأبعاد هي: %2</translation>
    </message>
    <message>
        <source>there is no team &quot;%1&quot; in %2; the teams are: %3</source>
        <translation>لا يوجد فريق &quot;%1&quot; في %2؛ الفرق هي: %3</translation>
    </message>
    <message>
        <source>open, overdue</source>
        <translation>مفتوح، متأخر عن موعده</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>أُنجز في %1</translation>
    </message>
    <message>
        <source>dropped on %1</source>
        <translation>أُلغي في %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>موعده %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>بلا موعد</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>الإجراءات: %1</translation>
    </message>
    <message>
        <source>Action %1 done on %2.</source>
        <translation>أُنجز الإجراء %1 في %2.</translation>
    </message>
    <message>
        <source>Action %1 dropped on %2.</source>
        <translation>أُلغي الإجراء %1 في %2.</translation>
    </message>
    <message>
        <source>%1 %2 (real; 95% interval %3 to %4)</source>
        <translation>%1 %2 (تغيّر حقيقي؛ فاصل 95% من %3 إلى %4)</translation>
    </message>
    <message>
        <source>%1 %2 (≈ within the noise)</source>
        <translation>%1 %2 (≈ ضمن التذبذب)</translation>
    </message>
    <message>
        <source>%1: not enough assessments yet</source>
        <translation>%1: لا تكفي التقييمات بعد</translation>
    </message>
    <message>
        <source>--due and --no-due cannot both be given</source>
        <translation>لا يمكن إعطاء ‎--due و‎--no-due معًا</translation>
    </message>
    <message>
        <source>there is no action with id %1</source>
        <translation>لا يوجد إجراء بالمعرّف %1</translation>
    </message>
    <message>
        <source>Action %1 changed.</source>
        <translation>تغيّر الإجراء %1.</translation>
    </message>
    <message>
        <source>actions are planned and changed in a laptop&apos;s database file, and reach the organisation&apos;s store by rater-cli sync; there, action list shows them</source>
        <translation>تُخطَّط الإجراءات وتُغيَّر في ملف قاعدة بيانات الحاسوب، وتصل إلى مخزن المؤسسة عبر rater-cli sync؛ وهناك يعرضها action list</translation>
    </message>
</context>
<context>
    <name>ActionsSection</name>
    <message>
        <source>%1 %2 (real)</source>
        <translation>%1 %2 (حقيقي)</translation>
    </message>
    <message>
        <source>≈ within the noise (%1 %2)</source>
        <translation>≈ ضمن التذبذب (%1 %2)</translation>
    </message>
    <message>
        <source>Not enough assessments yet</source>
        <translation>لا تكفي التقييمات بعد</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>متأخر منذ %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>موعده %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>أُنجز %1</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>المفتوحة:</translation>
    </message>
    <message>
        <source>Done, and whether the dimension they aimed at really moved (the last quarter before against the first after, with a 95% interval):</source>
        <translation>المنجزة، وهل تحرك البُعد الذي استهدفته فعلًا (آخر ربع قبلها مقابل أول ربع بعدها، بفاصل 95%):</translation>
    </message>
</context>
<context>
    <name>AnswerCodec</name>
    <message>
        <source>answer %1: %2</source>
        <translation>الإجابة %1: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>إنها فارغة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» ليس عددًا</translation>
    </message>
    <message>
        <source>%1 is too large a number</source>
        <translation>%1 عدد أكبر من اللازم</translation>
    </message>
    <message>
        <source>there are no answers</source>
        <translation>لا توجد إجابات</translation>
    </message>
    <message>
        <source>assessment %1 has unreadable answers: %2</source>
        <translation>إجابات التقييم %1 غير مقروءة: %2</translation>
    </message>
    <message>
        <source>assessment %1 cannot be scored: it was taken with the questionnaire &quot;%2&quot;, which this version of Rater does not have</source>
        <translation>تعذّر احتساب نتيجة التقييم %1: أُجري بالاستبيان &quot;%2&quot;، وهذا الإصدار من Rater لا يتضمّنه</translation>
    </message>
    <message>
        <source>assessment %1 cannot be scored: %2</source>
        <translation>تعذّر احتساب نتيجة التقييم %1: %2</translation>
    </message>
    <message>
        <source>assessment %1 has the date &quot;%2&quot;, which is not a date of the form YYYY-MM-DD</source>
        <translation>التقييم %1 تاريخه &quot;%2&quot;، وهذا ليس تاريخًا بالصيغة YYYY-MM-DD</translation>
    </message>
</context>
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
    <message>
        <source>&quot;%1&quot; is not a digit; type one digit for each answer</source>
        <translation>«%1» ليس رقمًا؛ اكتب رقمًا واحدًا لكل إجابة</translation>
    </message>
    <message>
        <source>%1 answers typed; a form has %2, one digit each</source>
        <translation>كُتبت %1 إجابات، والاستمارة فيها %2، رقم واحد لكل منها</translation>
    </message>
</context>
<context>
    <name>AssessmentFile</name>
    <message>
        <source>the team is empty; every assessment belongs to a team</source>
        <translation>اسم الفريق فارغ؛ كل تقييم يتبع فريقًا</translation>
    </message>
    <message>
        <source>the date is missing; write it as YYYY-MM-DD, for example 2026-03-21</source>
        <translation>التاريخ مفقود؛ اكتبه بالصيغة YYYY-MM-DD، مثل 2026-03-21</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write dates as YYYY-MM-DD, for example 2026-03-21</source>
        <translation>«%1» ليس تاريخًا؛ اكتب التواريخ بالصيغة YYYY-MM-DD، مثل 2026-03-21</translation>
    </message>
    <message>
        <source>the language is missing; use en, ar or fa</source>
        <translation>اللغة مفقودة؛ استخدم en أو ar أو fa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language Rater knows; use en, ar or fa</source>
        <translation>«%1» ليست لغة يعرفها Rater؛ استخدم en أو ar أو fa</translation>
    </message>
    <message>
        <source>the answer is missing</source>
        <translation>الإجابة مفقودة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer; answers are whole numbers from %2 to %3</source>
        <translation>«%1» ليست إجابة؛ الإجابات أعداد صحيحة من %2 إلى %3</translation>
    </message>
    <message>
        <source>assessment %1 answers questionnaire &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>التقييم %1 يجيب عن الاستبيان «%2» لا «%3»</translation>
    </message>
    <message>
        <source>assessment %1 cannot be scored: %2</source>
        <translation>تعذّر احتساب نتيجة التقييم %1: %2</translation>
    </message>
    <message>
        <source>%1: cannot import this kind of file; use a .csv or .json file</source>
        <translation>%1: لا يمكن استيراد هذا النوع من الملفات؛ استخدم ملف ‎.csv أو ‎.json</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: تعذّرت قراءة الملف (%2)</translation>
    </message>
    <message>
        <source>%1: the file is empty; it needs a header line: %2</source>
        <translation>%1: الملف فارغ؛ يلزمه سطر عناوين: %2</translation>
    </message>
    <message>
        <source>%1: line 1, column %2: expected the column &quot;%3&quot;, found &quot;%4&quot;; the header starts %5</source>
        <translation>%1: السطر ١، العمود %2: المتوقَّع العمود «%3» والموجود «%4»؛ يبدأ سطر العناوين بـ %5</translation>
    </message>
    <message>
        <source>%1: line %2: the row has %3 columns; it needs at least %4 (%5 to %6)</source>
        <translation>%1: السطر %2: في الصف %3 أعمدة، ويلزمه %4 على الأقل (من %5 إلى %6)</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: السطر %2، العمود %3: %4</translation>
    </message>
    <message>
        <source>%1: record %2: expected an object in braces { }</source>
        <translation>%1: السجل %2: المتوقَّع كائن بين قوسين معقوفين { }</translation>
    </message>
    <message>
        <source>%1: record %2, field &quot;%3&quot;: expected text or a number</source>
        <translation>%1: السجل %2، الحقل «%3»: المتوقَّع نص أو عدد</translation>
    </message>
    <message>
        <source>%1: record %2, field &quot;%3&quot;: %4</source>
        <translation>%1: السجل %2، الحقل «%3»: %4</translation>
    </message>
    <message>
        <source>%1: cannot create the file</source>
        <translation>%1: تعذّر إنشاء الملف</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ورشة العمل</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>ع%1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>%1: could not write the workbook (%2)</source>
        <translation>%1: تعذّرت كتابة المصنف (%2)</translation>
    </message>
    <message>
        <source>%1: could not write the file</source>
        <translation>%1: تعذّرت كتابة الملف</translation>
    </message>
    <message>
        <source>%1: could not write the file (%2)</source>
        <translation>%1: تعذّرت كتابة الملف (%2)</translation>
    </message>
    <message>
        <source>could not write (%1)</source>
        <translation>تعذّرت الكتابة (%1)</translation>
    </message>
    <message>
        <source>%1: %2 more problems are not listed</source>
        <translation>%1: لم تُذكر %2 مشكلة أخرى</translation>
    </message>
    <message>
        <source>%1: an Excel sheet holds at most %2 results; export this many as CSV or JSON, or one team at a time</source>
        <translation>%1: تتّسع ورقة Excel لـ %2 نتيجة على الأكثر؛ صدّر هذا العدد بصيغة CSV أو JSON، أو فريقًا واحدًا في كل مرة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID; Rater writes them as 8-4-4-4-12 hexadecimal digits. Leave the column empty for a result that is new</source>
        <translation>«%1» ليس معرّفًا فريدًا (UUID)؛ يكتبه Rater في صورة 8-4-4-4-12 من الأرقام الست عشرية. اترك العمود فارغًا لنتيجة جديدة</translation>
    </message>
    <message>
        <source>expected a UUID as text, or null</source>
        <translation>المتوقع معرّف فريد (UUID) نصًّا، أو null</translation>
    </message>
    <message>
        <source>expected text; an action needs it</source>
        <translation>يُنتظر نص؛ فالإجراء يحتاج إليه</translation>
    </message>
    <message>
        <source>expected text, or null</source>
        <translation>يُنتظر نص، أو null</translation>
    </message>
    <message>
        <source>expected a UUID as text (8-4-4-4-12 hexadecimal digits), or null</source>
        <translation>يُنتظر UUID نصًّا (8-4-4-4-12 من الأرقام الست عشرية)، أو null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dimension; the dimensions are: %2</source>
        <translation>«%1» ليس بُعدًا؛ الأبعاد هي: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state; use open, done or dropped</source>
        <translation>«%1» ليست حالة؛ استخدم open أو done أو dropped</translation>
    </message>
    <message>
        <source>an open action has no day it was closed on; write null</source>
        <translation>الإجراء المفتوح ليس له يوم إغلاق؛ اكتب null</translation>
    </message>
    <message>
        <source>an action done or dropped needs the day it was closed on</source>
        <translation>الإجراء المنجز أو الملغى يحتاج إلى يوم إغلاقه</translation>
    </message>
    <message>
        <source>%1 is before the day it was planned, %2</source>
        <translation>%1 يسبق يوم التخطيط له، %2</translation>
    </message>
    <message>
        <source>expected &quot;action&quot; for an action, or no kind for an assessment</source>
        <translation>يُنتظر «action» للإجراء، أو لا نوع للتقييم</translation>
    </message>
    <message>
        <source>%1: record %2 is an action; actions are imported with results into a database (rater-cli import, or File ▸ Import Results)</source>
        <translation>%1: السجل %2 إجراء؛ تُستورد الإجراءات مع النتائج إلى قاعدة بيانات (rater-cli import، أو ملف ▸ استيراد النتائج)</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, for example 2026-03-21</source>
        <translation>يُنتظر تاريخ بصيغة YYYY-MM-DD، مثل 2026-03-21</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, for example 2026-03-21, or null</source>
        <translation>يُنتظر تاريخ بصيغة YYYY-MM-DD، مثل 2026-03-21، أو null</translation>
    </message>
</context>
<context>
    <name>Cli</name>
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
        <source>show this help</source>
        <translation>عرض هذه المساعدة</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 أو %2</translation>
    </message>
    <message>
        <source>use %1; for example rater-cli %2 --help</source>
        <translation>استخدم %1؛ مثلًا rater-cli %2 --help</translation>
    </message>
    <message>
        <source>the database file (default: %1)</source>
        <translation>ملف قاعدة البيانات (الافتراضي: %1)</translation>
    </message>
    <message>
        <source>Usage: rater-cli [--lang en|ar|fa] COMMAND [OPTIONS]</source>
        <translation>الاستخدام: rater-cli [--lang en|ar|fa] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>Commands that read or write results take --db FILE to choose the database.</source>
        <translation>الأوامر التي تقرأ النتائج أو تكتبها تقبل ‎--db FILE‎ لاختيار قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Run &quot;rater-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>شغّل &quot;rater-cli COMMAND --help&quot; لمعرفة خيارات أي أمر.</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(مطلوب)</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>الاستخدام: %1</translation>
    </message>
    <message>
        <source>Argument:</source>
        <translation>المُعطى:</translation>
    </message>
    <message>
        <source>the output format (default: %1)</source>
        <translation>صيغة المخرجات (الافتراضي: %1)</translation>
    </message>
    <message>
        <source>the language of the output</source>
        <translation>لغة المخرجات</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>الخيارات:</translation>
    </message>
    <message>
        <source>%1 is missing; give it with %1 %2</source>
        <translation>%1 غير موجود؛ أعطه بالصيغة %1 %2</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;; use %3</source>
        <translation>قيمة %1 غير معروفة &quot;%2&quot;؛ استخدم %3</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use %2</source>
        <translation>صيغة غير معروفة &quot;%1&quot;؛ استخدم %2</translation>
    </message>
    <message>
        <source>%1 takes no arguments besides its options; got &quot;%2&quot;</source>
        <translation>لا يقبل %1 أي مُعطيات غير خياراته؛ وصل &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is missing: %2; run &quot;rater-cli %3 --help&quot; for more</source>
        <translation>%1 غير موجود: %2؛ شغّل &quot;rater-cli %3 --help&quot; للمزيد</translation>
    </message>
    <message>
        <source>%1 must be one argument; got %2. Put it in quotes, or leave out the spaces</source>
        <translation>يجب أن يكون %1 مُعطًى واحدًا؛ وصل %2. ضعه بين علامتي تنصيص، أو احذف المسافات</translation>
    </message>
    <message>
        <source>%1 draws, and needs the graphics libraries; run it as rater-cli %1</source>
        <translation>الأمر %1 يرسم ويحتاج إلى مكتبات الرسوم؛ شغّله بالصيغة rater-cli %1</translation>
    </message>
    <message>
        <source>%1 takes %2 arguments, %3; got %4. Put a name with spaces in quotes</source>
        <translation>يأخذ %1 ‏%2 وسيطات، %3؛ وصل %4. ضع الاسم الذي فيه مسافات بين علامتي تنصيص</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>--%1 takes a whole number of %2 or more; got &quot;%3&quot;</source>
        <translation>يقبل --%1 عددًا صحيحًا لا يقل عن %2؛ وصل &quot;%3&quot;</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD, for example 2026-03-21</source>
        <translation>--%1: &quot;%2&quot; ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD، مثلًا 2026-03-21</translation>
    </message>
    <message>
        <source>the calendar periods are counted in: gregorian, jalali or islamic (default: jalali for Persian, else gregorian)</source>
        <translation>التقويم الذي تُعدّ به الفترات: gregorian أو jalali أو islamic (الافتراضي: jalali للفارسية، وgregorian لغيرها)</translation>
    </message>
    <message>
        <source>the month, 1 to 12 in the chosen calendar, that the year starts in (default: %1)</source>
        <translation>الشهر الذي تبدأ به السنة، من 1 إلى 12 في التقويم المختار (الافتراضي: %1)</translation>
    </message>
    <message>
        <source>write demo data into a new database: four teams over three years, and two workshops</source>
        <translation>اكتب بيانات تجريبية في قاعدة بيانات جديدة: أربعة فرق على مدى ثلاث سنوات، وورشتا عمل</translation>
    </message>
    <message>
        <source>a team&apos;s mean scores per period, and whether each change is larger than its uncertainty</source>
        <translation>متوسط درجات فريق في كل فترة، وهل كل تغيّر أكبر من هامش عدم اليقين فيه</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>quarter, month, half or year (default: %1)</source>
        <translation>quarter أو month أو half أو year (الافتراضي: %1)</translation>
    </message>
    <message>
        <source>every team&apos;s mean scores for one period, teams as rows</source>
        <translation>متوسط درجات كل فريق في فترة واحدة، فريق في كل صف</translation>
    </message>
    <message>
        <source>the period, as a label (Q1 2026, H2 2025, 2026) or any date in it (2026-02-14)</source>
        <translation>الفترة، باسمها (Q1 2026 أو H2 2025 أو 2026) أو بأي تاريخ فيها (2026-02-14)</translation>
    </message>
    <message>
        <source>for a date: quarter, month, half or year (default: %1)</source>
        <translation>عند إعطاء تاريخ: quarter أو month أو half أو year (الافتراضي: %1)</translation>
    </message>
    <message>
        <source>write a workshop&apos;s report as a PDF, without a display</source>
        <translation>اكتب تقرير ورشة عمل ملفَّ PDF، دون شاشة</translation>
    </message>
    <message>
        <source>the workshop</source>
        <translation>ورشة العمل</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>ملف PDF المراد كتابته</translation>
    </message>
    <message>
        <source>the fewest participants for which figures are shown, 2 or more (default: %1)</source>
        <translation>أقل عدد من المشاركين تُعرض له الأرقام، ٢ أو أكثر (الافتراضي: %1)</translation>
    </message>
    <message>
        <source>score one set of answers: the total, the band and the dimensions</source>
        <translation>احسب درجة مجموعة إجابات واحدة: المجموع والفئة والأبعاد</translation>
    </message>
    <message>
        <source>a built-in questionnaire&apos;s id or a questionnaire file (default: %1)</source>
        <translation>معرّف استبيان مدمج أو ملف استبيان (الافتراضي: %1)</translation>
    </message>
    <message>
        <source>one answer per statement, in statement order, separated by commas, for example 4,2,5,…</source>
        <translation>إجابة واحدة لكل عبارة، بترتيب العبارات، تفصل بينها فواصل، مثل 4,2,5,…</translation>
    </message>
    <message>
        <source>only this team&apos;s assessments</source>
        <translation>تقييمات هذا الفريق فقط</translation>
    </message>
    <message>
        <source>store one assessment and print its id</source>
        <translation>احفظ تقييمًا واحدًا واطبع معرّفه</translation>
    </message>
    <message>
        <source>the team the assessment is for</source>
        <translation>الفريق الذي يخصه التقييم</translation>
    </message>
    <message>
        <source>an optional pseudonymous respondent code</source>
        <translation>رمز مستعار اختياري للمشارك</translation>
    </message>
    <message>
        <source>the id of the workshop it was taken in</source>
        <translation>معرّف ورشة العمل التي أُجري فيها</translation>
    </message>
    <message>
        <source>the day it was taken (default: today)</source>
        <translation>يوم إجرائه (الافتراضي: اليوم)</translation>
    </message>
    <message>
        <source>one answer per statement, separated by commas</source>
        <translation>إجابة واحدة لكل عبارة، تفصل بينها فواصل</translation>
    </message>
    <message>
        <source>list stored assessments with their scores, oldest first</source>
        <translation>اعرض التقييمات المحفوظة ودرجاتها، الأقدم أولًا</translation>
    </message>
    <message>
        <source>import assessments from a .csv or .json file, all or nothing</source>
        <translation>استورد تقييمات من ملف ‎.csv‎ أو ‎.json‎، كلها أو لا شيء</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>الملف المراد استيراده</translation>
    </message>
    <message>
        <source>export stored assessments with their scores as csv, json or xlsx</source>
        <translation>صدّر التقييمات المحفوظة ودرجاتها بصيغة csv أو json أو xlsx</translation>
    </message>
    <message>
        <source>the file to write, its format from its name (default: standard output; xlsx needs a file)</source>
        <translation>الملف المراد كتابته، وتُؤخذ صيغته من اسمه (الافتراضي: المخرج القياسي؛ xlsx يحتاج إلى ملف)</translation>
    </message>
    <message>
        <source>check the database for damage: exit 0 when sound, 1 when damaged</source>
        <translation>افحص قاعدة البيانات بحثًا عن تلف: الخروج بـ 0 إن كانت سليمة و1 إن كانت تالفة</translation>
    </message>
    <message>
        <source>write a consistent copy of the database, even while it is in use</source>
        <translation>اكتب نسخة متسقة من قاعدة البيانات، حتى أثناء استخدامها</translation>
    </message>
    <message>
        <source>the backup file to write; it must not exist yet</source>
        <translation>ملف النسخة الاحتياطية المراد كتابته؛ يجب ألا يكون موجودًا</translation>
    </message>
    <message>
        <source>the workshop, by the number &quot;workshop create&quot; printed</source>
        <translation>ورشة العمل، بالرقم الذي طبعه &quot;workshop create&quot;</translation>
    </message>
    <message>
        <source>create a workshop and print its id</source>
        <translation>أنشئ ورشة عمل واطبع معرّفها</translation>
    </message>
    <message>
        <source>the workshop&apos;s title</source>
        <translation>عنوان ورشة العمل</translation>
    </message>
    <message>
        <source>the day it is held (default: today)</source>
        <translation>يوم انعقادها (الافتراضي: اليوم)</translation>
    </message>
    <message>
        <source>the team it is for (optional)</source>
        <translation>الفريق الذي تخصه (اختياري)</translation>
    </message>
    <message>
        <source>who runs it (optional)</source>
        <translation>من يديرها (اختياري)</translation>
    </message>
    <message>
        <source>record one participant&apos;s answers in a workshop</source>
        <translation>سجّل إجابات مشارك واحد في ورشة عمل</translation>
    </message>
    <message>
        <source>an optional pseudonymous code</source>
        <translation>رمز مستعار اختياري</translation>
    </message>
    <message>
        <source>import participants&apos; results into a workshop, all or nothing; duplicates are refused</source>
        <translation>استورد نتائج المشاركين إلى ورشة عمل، كلها أو لا شيء؛ ويُرفض المكرر</translation>
    </message>
    <message>
        <source>a .csv or .json file</source>
        <translation>ملف ‎.csv أو ‎.json</translation>
    </message>
    <message>
        <source>a workshop&apos;s group figures; only the count below the anonymity threshold</source>
        <translation>أرقام المجموعة في ورشة عمل؛ العدد وحده تحت حد إخفاء الهوية</translation>
    </message>
    <message>
        <source>the ids of the assessments, as list shows them</source>
        <translation>معرّفات التقييمات كما يعرضها الأمر list</translation>
    </message>
    <message>
        <source>move assessments to the bin; restore brings them back</source>
        <translation>نقل تقييمات إلى سلة المحذوفات؛ الأمر restore يعيدها</translation>
    </message>
    <message>
        <source>bring assessments back from the bin</source>
        <translation>إعادة تقييمات من سلة المحذوفات</translation>
    </message>
    <message>
        <source>correct one assessment&apos;s team, date or respondent code</source>
        <translation>تصحيح فريق تقييم واحد أو تاريخه أو رمز المشارك فيه</translation>
    </message>
    <message>
        <source>the team it belongs to</source>
        <translation>الفريق الذي ينتمي إليه</translation>
    </message>
    <message>
        <source>the day it was taken</source>
        <translation>يوم إجرائه</translation>
    </message>
    <message>
        <source>its respondent code; an empty one removes the code</source>
        <translation>رمز المشارك؛ الرمز الفارغ يحذف الرمز</translation>
    </message>
    <message>
        <source>the id of the assessment</source>
        <translation>معرّف التقييم</translation>
    </message>
    <message>
        <source>give a team a new name that no team has</source>
        <translation>إعطاء فريق اسمًا جديدًا لا يحمله أي فريق</translation>
    </message>
    <message>
        <source>the team&apos;s name, and its new name</source>
        <translation>اسم الفريق، ثم اسمه الجديد</translation>
    </message>
    <message>
        <source>move every result and workshop of one team into another</source>
        <translation>نقل كل نتائج فريق وورش عمله إلى فريق آخر</translation>
    </message>
    <message>
        <source>the team that goes, and the team that takes its results</source>
        <translation>الفريق الذي يزول، ثم الفريق الذي يأخذ نتائجه</translation>
    </message>
    <message>
        <source>delete what is in the bin for good</source>
        <translation>حذف ما في سلة المحذوفات نهائيًا</translation>
    </message>
    <message>
        <source>only what was deleted at least this many days ago</source>
        <translation>فقط ما حُذف قبل هذا العدد من الأيام على الأقل</translation>
    </message>
    <message>
        <source>list the corrections made, oldest first</source>
        <translation>عرض التصحيحات التي أُجريت، الأقدم أولًا</translation>
    </message>
    <message>
        <source>list the bin instead, most recently deleted first, with when each was deleted</source>
        <translation>عرض سلة المحذوفات بدلًا من ذلك، الأحدث حذفًا أولًا، مع وقت حذف كل منها</translation>
    </message>
    <message>
        <source>rater-cli %1 needs the organisation store&apos;s address: --db postgresql://[user@]host/database</source>
        <translation>يحتاج rater-cli %1 إلى عنوان مخزن المؤسسة: ‎--db postgresql://[user@]host/database</translation>
    </message>
    <message>
        <source>a team the lead leads; once for each</source>
        <translation>فريق يقوده القائد؛ مرة لكل فريق</translation>
    </message>
    <message>
        <source>set up an organisation store: Rater&apos;s schema and its roles</source>
        <translation>تهيئة مخزن للمؤسسة: مخطط Rater وأدواره</translation>
    </message>
    <message>
        <source>the fewest assessments a group shown to managers holds (default %1)</source>
        <translation>أقل عدد من التقييمات في مجموعة تُعرض على المديرين (الافتراضي %1)</translation>
    </message>
    <message>
        <source>give a login the rights of a lead, a manager or an admin</source>
        <translation>منح حساب دخول صلاحيات قائد فريق أو مدير أو مسؤول</translation>
    </message>
    <message>
        <source>make LOGIN the lead of the teams named</source>
        <translation>جعل LOGIN قائدًا للفرق المذكورة</translation>
    </message>
    <message>
        <source>let LOGIN read every team&apos;s figures, never one person&apos;s</source>
        <translation>السماح لـ LOGIN بقراءة أرقام كل الفرق، دون أرقام أي فرد</translation>
    </message>
    <message>
        <source>let LOGIN give and take rights and change the threshold</source>
        <translation>السماح لـ LOGIN بمنح الصلاحيات وسحبها وتغيير الحد الأدنى</translation>
    </message>
    <message>
        <source>take back a login&apos;s teams, or all its rights</source>
        <translation>سحب فرق حساب دخول، أو كل صلاحياته</translation>
    </message>
    <message>
        <source>only this team; once for each</source>
        <translation>هذا الفريق فقط؛ مرة لكل فريق</translation>
    </message>
    <message>
        <source>the login</source>
        <translation>حساب الدخول</translation>
    </message>
    <message>
        <source>list the logins with Rater rights, and the teams of each lead</source>
        <translation>عرض حسابات الدخول التي لها صلاحيات في Rater، وفرق كل قائد</translation>
    </message>
    <message>
        <source>show, or change, the fewest assessments a group shown to managers holds</source>
        <translation>عرض أو تغيير أقل عدد من التقييمات في مجموعة تُعرض على المديرين</translation>
    </message>
    <message>
        <source>the new threshold</source>
        <translation>الحد الأدنى الجديد</translation>
    </message>
    <message>
        <source>send the organisation store the results it does not hold yet</source>
        <translation>إرسال النتائج التي لا يحتويها مخزن المؤسسة بعد</translation>
    </message>
    <message>
        <source>the store: postgresql://[user@]host/database</source>
        <translation>المخزن: postgresql://[user@]host/database</translation>
    </message>
    <message>
        <source>results per transaction (default %1)</source>
        <translation>عدد النتائج في كل معاملة (الافتراضي %1)</translation>
    </message>
    <message>
        <source>write the results the organisation store lacks to a file, for a laptop with no network</source>
        <translation>كتابة النتائج التي يفتقدها مخزن المؤسسة في ملف، لحاسوب بلا شبكة</translation>
    </message>
    <message>
        <source>the bundle to write</source>
        <translation>الحزمة المراد كتابتها</translation>
    </message>
    <message>
        <source>the store it is for, when the database has synced with several</source>
        <translation>المخزن المقصود، إذا كانت قاعدة البيانات قد زامنت مع أكثر من مخزن</translation>
    </message>
    <message>
        <source>rater-cli %1 works on a Rater database file, not on the organisation store (%2)</source>
        <translation>يعمل rater-cli %1 على ملف قاعدة بيانات Rater، لا على مخزن المؤسسة (%2)</translation>
    </message>
    <message>
        <source>the action&apos;s id, as action list shows it</source>
        <translation>معرّف الإجراء كما يعرضه action list</translation>
    </message>
    <message>
        <source>plan an action for a team, aimed at one dimension; prints its id</source>
        <translation>خطّط إجراءً لفريق يستهدف بُعدًا واحدًا؛ يطبع معرّفه</translation>
    </message>
    <message>
        <source>the dimension it aims at: reliability, assurance, tangibles, empathy or responsiveness</source>
        <translation>البُعد الذي يستهدفه: reliability أو assurance أو tangibles أو empathy أو responsiveness</translation>
    </message>
    <message>
        <source>what will be done</source>
        <translation>ما سيُنجز</translation>
    </message>
    <message>
        <source>who sees to it: a name or a role</source>
        <translation>من يتولاه: اسم أو دور</translation>
    </message>
    <message>
        <source>the day it is due</source>
        <translation>يوم استحقاقه</translation>
    </message>
    <message>
        <source>the day it was planned (default: today)</source>
        <translation>يوم التخطيط له (الافتراضي: اليوم)</translation>
    </message>
    <message>
        <source>list actions: open ones first, overdue ones marked</source>
        <translation>اعرض الإجراءات: المفتوحة أولًا، مع تعليم المتأخرة</translation>
    </message>
    <message>
        <source>only this team&apos;s actions</source>
        <translation>إجراءات هذا الفريق فقط</translation>
    </message>
    <message>
        <source>only open, done or dropped ones</source>
        <translation>المفتوحة أو المنجزة أو الملغاة فقط</translation>
    </message>
    <message>
        <source>mark an action done</source>
        <translation>علّم إجراءً بأنه أُنجز</translation>
    </message>
    <message>
        <source>the day it was done (default: today)</source>
        <translation>يوم إنجازه (الافتراضي: اليوم)</translation>
    </message>
    <message>
        <source>drop an action that will not be done</source>
        <translation>ألغِ إجراءً لن يُنجز</translation>
    </message>
    <message>
        <source>whether each done action&apos;s dimension really moved, from the last period before it to the first after it</source>
        <translation>هل تحرك البُعد المستهدف لكل إجراء منجز فعلًا، من آخر فترة قبله إلى أول فترة بعده</translation>
    </message>
    <message>
        <source>the periods compared: quarter, month, half or year (default: %1)</source>
        <translation>الفترات المقارنة: quarter أو month أو half أو year (الافتراضي: %1)</translation>
    </message>
    <message>
        <source>change an action&apos;s dimension, text, owner or due date; what is not given stays as it is</source>
        <translation>تغيير بُعد إجراء أو نصّه أو المسؤول عنه أو موعده؛ وما لا يُعطى يبقى كما هو</translation>
    </message>
    <message>
        <source>the dimension it aims at</source>
        <translation>البُعد الذي يستهدفه</translation>
    </message>
    <message>
        <source>take its due date away</source>
        <translation>إزالة موعده</translation>
    </message>
</context>
<context>
    <name>CorrectionCommands</name>
    <message>
        <source>&quot;%1&quot; is not an assessment id; ids are whole numbers from 1, as rater-cli list shows them</source>
        <translation>«%1» ليس معرّف تقييم؛ المعرّفات أعداد صحيحة تبدأ من 1 كما يعرضها rater-cli list</translation>
    </message>
    <message>
        <source>Assessments moved to the bin: %1 (change %2); rater-cli restore brings them back.</source>
        <translation>تقييمات نُقلت إلى سلة المحذوفات: %1 (التعديل %2)؛ الأمر rater-cli restore يعيدها.</translation>
    </message>
    <message>
        <source>Assessments restored from the bin: %1 (change %2).</source>
        <translation>تقييمات أُعيدت من سلة المحذوفات: %1 (التعديل %2).</translation>
    </message>
    <message>
        <source>nothing to change: give --team, --date or --respondent</source>
        <translation>لا شيء للتغيير: أعطِ --team أو --date أو --respondent</translation>
    </message>
    <message>
        <source>Corrected assessment %1 (change %2).</source>
        <translation>صُحّح التقييم %1 (التعديل %2).</translation>
    </message>
    <message>
        <source>Renamed team &quot;%1&quot; to &quot;%2&quot; (change %3).</source>
        <translation>أُعيدت تسمية الفريق «%1» إلى «%2» (التعديل %3).</translation>
    </message>
    <message>
        <source>Merged team &quot;%1&quot; into &quot;%2&quot;; assessments moved: %3 (change %4).</source>
        <translation>دُمج الفريق «%1» في «%2»؛ التقييمات المنقولة: %3 (التعديل %4).</translation>
    </message>
    <message>
        <source>Assessments deleted from the bin for good: %1 (change %2).</source>
        <translation>تقييمات حُذفت من سلة المحذوفات نهائيًا: %1 (التعديل %2).</translation>
    </message>
    <message>
        <source>No corrections have been made.</source>
        <translation>لم يُجرَ أي تصحيح.</translation>
    </message>
    <message>
        <source>Assessments moved to the store&apos;s bin: %1; rater-cli restore brings them back.</source>
        <translation>تقييمات نُقلت إلى سلة المخزن: %1؛ يعيدها الأمر rater-cli restore.</translation>
    </message>
    <message>
        <source>Assessments restored from the store&apos;s bin: %1.</source>
        <translation>تقييمات استُعيدت من سلة المخزن: %1.</translation>
    </message>
    <message>
        <source>Corrected assessment %1 in the store.</source>
        <translation>صُحّح التقييم %1 في المخزن.</translation>
    </message>
    <message>
        <source>Renamed team &quot;%1&quot; to &quot;%2&quot; in the store.</source>
        <translation>أُعيدت تسمية الفريق «%1» إلى «%2» في المخزن.</translation>
    </message>
    <message>
        <source>Merged team &quot;%1&quot; into &quot;%2&quot; in the store; assessments moved: %3.</source>
        <translation>دُمج الفريق «%1» في «%2» في المخزن؛ التقييمات المنقولة: %3.</translation>
    </message>
    <message>
        <source>Assessments deleted from the store&apos;s bin for good: %1.</source>
        <translation>تقييمات حُذفت من سلة المخزن نهائيًا: %1.</translation>
    </message>
    <message>
        <source>the organisation store keeps no change log: a correction there raises the result&apos;s version, so that an older one from a laptop does not undo it; rater-cli log reads a laptop&apos;s database file</source>
        <translation>لا يحتفظ مخزن المؤسسة بسجل للتصحيحات: كل تصحيح فيه يرفع إصدار النتيجة كي لا يُلغيه تصحيح أقدم من حاسوب محمول؛ يقرأ rater-cli log ملف قاعدة بيانات على حاسوب محمول</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 و%2 غيرها</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Moved assessments %1 to the bin</source>
        <translation>نُقلت التقييمات %1 إلى سلة المحذوفات</translation>
    </message>
    <message>
        <source>Restored assessments %1 from the bin</source>
        <translation>أُعيدت التقييمات %1 من سلة المحذوفات</translation>
    </message>
    <message>
        <source>team %1 → %2</source>
        <translation>الفريق %1 ← %2</translation>
    </message>
    <message>
        <source>date %1 → %2</source>
        <translation>التاريخ %1 ← %2</translation>
    </message>
    <message>
        <source>respondent code %1 → %2</source>
        <translation>رمز المشارك %1 ← %2</translation>
    </message>
    <message>
        <source>Corrected assessment %1: %2</source>
        <translation>صُحّح التقييم %1: %2</translation>
    </message>
    <message>
        <source>Moved assessments %1 from %2 to team %3</source>
        <translation>نُقلت التقييمات %1 من %2 إلى الفريق %3</translation>
    </message>
    <message>
        <source>Renamed team %1 to %2</source>
        <translation>أُعيدت تسمية الفريق %1 إلى %2</translation>
    </message>
    <message>
        <source>Merged team %1 into %2 (assessments: %3)</source>
        <translation>دُمج الفريق %1 في %2 (التقييمات: %3)</translation>
    </message>
    <message>
        <source>Took assessments %1 out of workshop %2</source>
        <translation>أُخرجت التقييمات %1 من ورشة العمل %2</translation>
    </message>
    <message>
        <source>Emptied the bin of what was deleted %1 or more days before; assessments deleted for good: %2</source>
        <translation>أُفرغت سلة المحذوفات مما حُذف قبل %1 يومًا أو أكثر؛ التقييمات المحذوفة نهائيًا: %2</translation>
    </message>
    <message>
        <source>Emptied the bin; assessments deleted for good: %1</source>
        <translation>أُفرغت سلة المحذوفات؛ التقييمات المحذوفة نهائيًا: %1</translation>
    </message>
    <message>
        <source>Undid change %1: %2</source>
        <translation>تراجع عن التعديل %1: %2</translation>
    </message>
    <message>
        <source>Redid change %1: %2</source>
        <translation>أُعيد التعديل %1: %2</translation>
    </message>
    <message>
        <source>could not correct the results; nothing was changed</source>
        <translation>تعذّر تصحيح النتائج؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>no assessment was given</source>
        <translation>لم يُعطَ أي تقييم</translation>
    </message>
    <message>
        <source>there is no assessment with id %1</source>
        <translation>لا يوجد تقييم بالمعرّف %1</translation>
    </message>
    <message>
        <source>assessment %1 is not in the bin</source>
        <translation>التقييم %1 ليس في سلة المحذوفات</translation>
    </message>
    <message>
        <source>assessment %1 is in the bin; restore it first</source>
        <translation>التقييم %1 في سلة المحذوفات؛ أعده أولًا</translation>
    </message>
    <message>
        <source>there is no team &quot;%1&quot;</source>
        <translation>لا يوجد فريق «%1»</translation>
    </message>
    <message>
        <source>the team is empty; every assessment belongs to a team</source>
        <translation>اسم الفريق فارغ؛ كل تقييم ينتمي إلى فريق</translation>
    </message>
    <message>
        <source>the date is not a date</source>
        <translation>التاريخ ليس تاريخًا صحيحًا</translation>
    </message>
    <message>
        <source>nothing to change: give a team, a date or a respondent code</source>
        <translation>لا شيء للتغيير: أعطِ فريقًا أو تاريخًا أو رمز مشارك</translation>
    </message>
    <message>
        <source>nothing to change: assessment %1 already has these values</source>
        <translation>لا شيء للتغيير: للتقييم %1 هذه القيم أصلًا</translation>
    </message>
    <message>
        <source>nothing to change: they are in team &quot;%1&quot; already</source>
        <translation>لا شيء للتغيير: هي في الفريق «%1» أصلًا</translation>
    </message>
    <message>
        <source>the new name is empty</source>
        <translation>الاسم الجديد فارغ</translation>
    </message>
    <message>
        <source>nothing to change: the team is called &quot;%1&quot; already</source>
        <translation>لا شيء للتغيير: اسم الفريق «%1» أصلًا</translation>
    </message>
    <message>
        <source>there is already a team &quot;%1&quot;; to put the results of &quot;%2&quot; together with it, merge &quot;%2&quot; into &quot;%1&quot; instead</source>
        <translation>يوجد فريق باسم «%1»؛ لجمع نتائج «%2» معه ادمج «%2» في «%1» بدلًا من ذلك</translation>
    </message>
    <message>
        <source>a team cannot be merged into itself (&quot;%1&quot;)</source>
        <translation>لا يمكن دمج فريق في نفسه («%1»)</translation>
    </message>
    <message>
        <source>there is no team &quot;%1&quot; to merge into; to give &quot;%2&quot; that name, rename it</source>
        <translation>لا يوجد فريق «%1» للدمج فيه؛ لإعطاء «%2» هذا الاسم أعد تسميته</translation>
    </message>
    <message>
        <source>assessment %1 is not in a workshop</source>
        <translation>التقييم %1 ليس في ورشة عمل</translation>
    </message>
    <message>
        <source>the number of days cannot be negative</source>
        <translation>لا يمكن أن يكون عدد الأيام سالبًا</translation>
    </message>
    <message>
        <source>emptying the bin cannot be undone</source>
        <translation>لا يمكن التراجع عن إفراغ سلة المحذوفات</translation>
    </message>
    <message>
        <source>change %1 is itself an undo or a redo</source>
        <translation>التعديل %1 هو نفسه تراجع أو إعادة</translation>
    </message>
    <message>
        <source>assessment %1</source>
        <translation>التقييم %1</translation>
    </message>
    <message>
        <source>a team it changed</source>
        <translation>فريق غيّره</translation>
    </message>
    <message>
        <source>a workshop it changed</source>
        <translation>ورشة عمل غيّرها</translation>
    </message>
    <message>
        <source>a respondent code it changed</source>
        <translation>رمز مشارك غيّره</translation>
    </message>
    <message>
        <source>change %1 cannot be undone: %2 has been changed since</source>
        <translation>لا يمكن التراجع عن التعديل %1: تغيّر %2 منذ ذلك الحين</translation>
    </message>
    <message>
        <source>change %1 cannot be redone: %2 has been changed since</source>
        <translation>لا يمكن إعادة التعديل %1: تغيّر %2 منذ ذلك الحين</translation>
    </message>
    <message>
        <source>change %1 cannot be put back: its teams or codes have been changed since</source>
        <translation>لا يمكن إرجاع التعديل %1: تغيّرت فرقه أو رموزه منذ ذلك الحين</translation>
    </message>
    <message>
        <source>there is no change %1 in the log</source>
        <translation>لا يوجد تعديل %1 في السجل</translation>
    </message>
    <message>
        <source>could not read the change log</source>
        <translation>تعذّرت قراءة سجل التعديلات</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot;</source>
        <translation>الملف ليس نصًا بترميز UTF-8؛ احفظه بصيغة «CSV UTF-8»</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote; a quote inside a quoted field is written twice (&quot;&quot;)</source>
        <translation>نص غير متوقع بعد علامة تنصيص ختامية؛ تُكتب علامة التنصيص داخل حقل مقتبس مرتين (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>حقل مقتبس لم تُغلق علامة تنصيصه</translation>
    </message>
    <message>
        <source>the record is longer than %1 characters; a row of Rater&apos;s columns is far shorter</source>
        <translation>السجل أطول من %1 حرف؛ وصفّ أعمدة Rater أقصر من ذلك بكثير</translation>
    </message>
    <message>
        <source>the record has more than %1 fields; a row of Rater&apos;s columns has far fewer</source>
        <translation>في السجل أكثر من %1 حقل؛ وصفّ أعمدة Rater فيه أقل من ذلك بكثير</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: this is a folder, not a database file</source>
        <translation>%1: هذا مجلد وليس ملف قاعدة بيانات</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: تعذّرت قراءة الملف (%2)</translation>
    </message>
    <message>
        <source>%1: not a Rater database; the file is not an SQLite database at all</source>
        <translation>%1: ليست قاعدة بيانات Rater؛ الملف ليس قاعدة بيانات SQLite أصلًا</translation>
    </message>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1: لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>%1: cannot create the database; the folder %2 does not exist</source>
        <translation>%1: تعذّر إنشاء قاعدة البيانات؛ المجلد %2 غير موجود</translation>
    </message>
    <message>
        <source>%1: cannot open the database (%2)</source>
        <translation>%1: تعذّر فتح قاعدة البيانات (%2)</translation>
    </message>
    <message>
        <source>%1: the database is damaged (%2)</source>
        <translation>%1: قاعدة البيانات تالفة (%2)</translation>
    </message>
    <message>
        <source>%1: not a Rater database; it is an SQLite database that belongs to another program</source>
        <translation>%1: ليست قاعدة بيانات Rater؛ إنها قاعدة بيانات SQLite تخص برنامجًا آخر</translation>
    </message>
    <message>
        <source>%1: written by a newer version of Rater (schema version %2; this version reads up to %3); open it with that version</source>
        <translation>%1: كتبها إصدار أحدث من Rater (إصدار المخطط %2، وهذا الإصدار يقرأ حتى %3)؛ افتحها بذلك الإصدار</translation>
    </message>
    <message>
        <source>cannot set up the database</source>
        <translation>تعذّر تهيئة قاعدة البيانات</translation>
    </message>
    <message>
        <source>cannot update the database</source>
        <translation>تعذّر تحديث قاعدة البيانات</translation>
    </message>
    <message>
        <source>cannot update the database to schema version %1</source>
        <translation>تعذّر تحديث قاعدة البيانات إلى إصدار المخطط %1</translation>
    </message>
    <message>
        <source>could not save; nothing was stored</source>
        <translation>تعذّر الحفظ؛ لم يُخزَّن شيء</translation>
    </message>
    <message>
        <source>%1: there is no workshop with id %2</source>
        <translation>%1: لا توجد ورشة عمل بالمعرّف %2</translation>
    </message>
    <message>
        <source>could not save the workshop</source>
        <translation>تعذّر حفظ ورشة العمل</translation>
    </message>
    <message>
        <source>could not read the assessments</source>
        <translation>تعذّرت قراءة التقييمات</translation>
    </message>
    <message>
        <source>could not save the draft</source>
        <translation>تعذّر حفظ المسودة</translation>
    </message>
    <message>
        <source>could not remove the draft</source>
        <translation>تعذّر حذف المسودة</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of table %3</source>
        <translation>الصف %1 من الجدول %2 يشير إلى صف مفقود في الجدول %3</translation>
    </message>
    <message>
        <source>%1: the file already exists; choose a new name for the backup</source>
        <translation>%1: الملف موجود من قبل؛ اختر اسمًا جديدًا للنسخة الاحتياطية</translation>
    </message>
    <message>
        <source>%1: could not write the backup (%2)</source>
        <translation>%1: تعذّرت كتابة النسخة الاحتياطية (%2)</translation>
    </message>
    <message>
        <source>assessment %1 has unreadable answers: %2</source>
        <translation>إجابات التقييم %1 غير مقروءة: %2</translation>
    </message>
    <message>
        <source>could not read the teams</source>
        <translation>تعذّرت قراءة الفرق</translation>
    </message>
    <message>
        <source>could not read the draft</source>
        <translation>تعذّرت قراءة المسودة</translation>
    </message>
    <message>
        <source>could not read the workshop</source>
        <translation>تعذّرت قراءة ورشة العمل</translation>
    </message>
    <message>
        <source>there is no workshop with id %1</source>
        <translation>لا توجد ورشة عمل بالمعرّف %1</translation>
    </message>
    <message>
        <source>could not read the workshops</source>
        <translation>تعذّرت قراءة ورش العمل</translation>
    </message>
    <message>
        <source>the workshop was not saved: %1</source>
        <translation>لم تُحفظ ورشة العمل: %1</translation>
    </message>
    <message>
        <source>assessment %1 was not saved: %2</source>
        <translation>لم يُحفظ التقييم %1: %2</translation>
    </message>
    <message>
        <source>%1: a symbolic link to %2, which does not exist</source>
        <translation>%1: رابط رمزي إلى %2، وهو غير موجود</translation>
    </message>
    <message>
        <source>%1: not a regular file (a device, a pipe or a socket); a database is a file of its own</source>
        <translation>%1: ليس ملفًا عاديًا (جهاز أو أنبوب أو مقبس)؛ قاعدة البيانات ملف قائم بذاته</translation>
    </message>
    <message>
        <source>%1: the file is empty, so it is not a Rater database; Rater makes a new database only where no file exists</source>
        <translation>%1: الملف فارغ، فليس قاعدة بيانات لـ Rater؛ ولا ينشئ Rater قاعدة بيانات جديدة إلا حيث لا يوجد ملف</translation>
    </message>
    <message>
        <source>%1: the database&apos;s structure is not the one Rater makes, so Rater will not write to it: %2</source>
        <translation>%1: بنية قاعدة البيانات ليست التي ينشئها Rater، لذا لن يكتب Rater فيها: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the database; the folder %2 does not let Rater write a file (%3)</source>
        <translation>%1: تعذّر إنشاء قاعدة البيانات؛ المجلد %2 لا يسمح لـ Rater بكتابة ملف (%3)</translation>
    </message>
    <message>
        <source>%1: cannot create the database (%2)</source>
        <translation>%1: تعذّر إنشاء قاعدة البيانات (%2)</translation>
    </message>
    <message>
        <source>table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>index</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>المُشغِّل</translation>
    </message>
    <message>
        <source>view</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>it has a %1 &quot;%2&quot; that Rater does not make</source>
        <translation>فيها %1 &quot;%2&quot; لا ينشئه Rater</translation>
    </message>
    <message>
        <source>its %1 &quot;%2&quot; is not the one Rater makes</source>
        <translation>%1 &quot;%2&quot; فيها ليس الذي ينشئه Rater</translation>
    </message>
    <message>
        <source>its %1 &quot;%2&quot; is missing</source>
        <translation>%1 &quot;%2&quot; ناقص منها</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written, so SQLite cannot keep the database&apos;s journal there; Rater can read this database but not change it. Copy it to a folder you can write in to change it</source>
        <translation>لا يمكن الكتابة في المجلد %1، فلا يستطيع SQLite حفظ سجلّ قاعدة البيانات فيه؛ يستطيع Rater قراءة قاعدة البيانات هذه لا تغييرها. انسخها إلى مجلد يمكنك الكتابة فيه لتغييرها</translation>
    </message>
    <message>
        <source>the file cannot be written (it is read-only); Rater can read this database but not change it</source>
        <translation>لا يمكن الكتابة في الملف (للقراءة فقط)؛ يستطيع Rater قراءة قاعدة البيانات هذه لا تغييرها</translation>
    </message>
    <message>
        <source>the disk is full (%1); nothing was changed. Free some space and try again</source>
        <translation>القرص ممتلئ (%1)؛ لم يتغيّر شيء. أفرغ بعض المساحة وحاول مرة أخرى</translation>
    </message>
    <message>
        <source>the database is damaged (%1); run &quot;rater-cli check&quot; for details and restore a backup</source>
        <translation>قاعدة البيانات تالفة (%1)؛ شغّل &quot;rater-cli check&quot; للتفاصيل واستعد نسخة احتياطية</translation>
    </message>
    <message>
        <source>the database or its folder cannot be written (%1)</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات أو مجلدها (%1)</translation>
    </message>
    <message>
        <source>the disk could not be read or written (%1)</source>
        <translation>تعذّرت القراءة من القرص أو الكتابة فيه (%1)</translation>
    </message>
    <message>
        <source>the database does not say which installation it belongs to</source>
        <translation>لا تذكر قاعدة البيانات التثبيت الذي تنتمي إليه</translation>
    </message>
    <message>
        <source>could not save the actions; none was stored</source>
        <translation>تعذّر حفظ الإجراءات؛ لم يُخزَّن أي منها</translation>
    </message>
    <message>
        <source>action %1 was not saved: %2</source>
        <translation>لم يُحفظ الإجراء %1: %2</translation>
    </message>
    <message>
        <source>action %1 was not saved: it names no dimension</source>
        <translation>لم يُحفظ الإجراء %1: لا يسمّي بُعدًا</translation>
    </message>
    <message>
        <source>action %1 was not saved: there is no team &quot;%2&quot; in %3</source>
        <translation>لم يُحفظ الإجراء %1: لا يوجد فريق &quot;%2&quot; في %3</translation>
    </message>
    <message>
        <source>action %1 was not saved: there is no workshop with id %2</source>
        <translation>لم يُحفظ الإجراء %1: لا توجد ورشة بالمعرّف %2</translation>
    </message>
    <message>
        <source>could not read the actions</source>
        <translation>تعذّرت قراءة الإجراءات</translation>
    </message>
    <message>
        <source>could not change the action</source>
        <translation>تعذّر تغيير الإجراء</translation>
    </message>
    <message>
        <source>an action is closed as done or dropped</source>
        <translation>يُغلق الإجراء إما منجزًا وإما ملغى</translation>
    </message>
    <message>
        <source>there is no action with id %1 in %2</source>
        <translation>لا يوجد إجراء بالمعرّف %1 في %2</translation>
    </message>
    <message>
        <source>action %1 was planned on %2; it cannot be closed before that, on %3</source>
        <translation>خُطط للإجراء %1 في %2؛ ولا يمكن إغلاقه قبل ذلك، في %3</translation>
    </message>
    <message>
        <source>action %1 was done already, on %2</source>
        <translation>أُنجز الإجراء %1 من قبل، في %2</translation>
    </message>
    <message>
        <source>action %1 was dropped already, on %2</source>
        <translation>أُلغي الإجراء %1 من قبل، في %2</translation>
    </message>
    <message>
        <source>action %1 is open already</source>
        <translation>الإجراء %1 مفتوح أصلًا</translation>
    </message>
    <message>
        <source>could not delete the action</source>
        <translation>تعذّر حذف الإجراء</translation>
    </message>
    <message>
        <source>the action cannot be put back: there is no team &quot;%1&quot; any more</source>
        <translation>لا يمكن إرجاع الإجراء: لم يعد هناك فريق &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an action aims at one dimension; none was named</source>
        <translation>يستهدف الإجراء بُعدًا واحدًا، ولم يُذكر أيّ بُعد</translation>
    </message>
    <message>
        <source>an open action has no day it was closed on</source>
        <translation>الإجراء المفتوح ليس له يوم إغلاق</translation>
    </message>
    <message>
        <source>an action done or dropped needs the day it was closed on</source>
        <translation>الإجراء المنجز أو الملغى يحتاج إلى يوم إغلاقه</translation>
    </message>
    <message>
        <source>it was closed on %1, before it was planned on %2</source>
        <translation>أُغلق في %1، قبل التخطيط له في %2</translation>
    </message>
    <message>
        <source>there is no team &quot;%1&quot; in %2; an action&apos;s team needs results</source>
        <translation>لا يوجد فريق «%1» في %2؛ فريق الإجراء يحتاج إلى نتائج</translation>
    </message>
</context>
<context>
    <name>DatabaseChooser</name>
    <message>
        <source>Rater</source>
        <translation>Rater</translation>
    </message>
    <message>
        <source>This database cannot be opened.</source>
        <translation>تعذّر فتح قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>The file has not been changed. Choose another database to go on.</source>
        <translation>لم يتغير الملف. اختر قاعدة بيانات أخرى للمتابعة.</translation>
    </message>
    <message>
        <source>Choose Another File…</source>
        <translation>اختيار ملف آخر…</translation>
    </message>
    <message>
        <source>Use the Default Database</source>
        <translation>استخدام قاعدة البيانات الافتراضية</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Choose a Rater Database</source>
        <translation>اختيار قاعدة بيانات Rater</translation>
    </message>
    <message>
        <source>Rater databases (*.sqlite *.db);;All files (*)</source>
        <translation>قواعد بيانات Rater ‏(*.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The demo database cannot be opened.</source>
        <translation>تعذّر فتح قاعدة البيانات التجريبية.</translation>
    </message>
    <message>
        <source>The demo results could not be written.</source>
        <translation>تعذّرت كتابة النتائج التجريبية.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
</context>
<context>
    <name>EntryLimits</name>
    <message>
        <source>the team name</source>
        <translation>اسم الفريق</translation>
    </message>
    <message>
        <source>the respondent code</source>
        <translation>رمز المستجيب</translation>
    </message>
    <message>
        <source>the workshop&apos;s title</source>
        <translation>عنوان ورشة العمل</translation>
    </message>
    <message>
        <source>the facilitator&apos;s name</source>
        <translation>اسم الميسّر</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; it may have at most %3</source>
        <translation>طول %1 هو %2 حرفًا؛ والحد الأقصى %3</translation>
    </message>
    <message>
        <source>%1 holds a control character (U+%2) at character %3; write it as plain text on one line</source>
        <translation>يحتوي %1 على محرف تحكم (U+%2) عند الحرف %3؛ اكتبه نصًا عاديًا في سطر واحد</translation>
    </message>
    <message>
        <source>%1 is outside the dates Rater keeps, %2 to %3</source>
        <translation>التاريخ %1 خارج التواريخ التي يحفظها Rater، من %2 إلى %3</translation>
    </message>
    <message>
        <source>%1 is not well-formed Unicode: at character %2 there is half of a character (U+%3) without its other half</source>
        <translation>%1 ليس نص يونيكود سليمًا: عند الحرف %2 نصف حرف (U+%3) بلا نصفه الآخر</translation>
    </message>
    <message>
        <source>%1 holds a character that changes the direction of the text around it (U+%2) at character %3; Rater sets the direction of names itself</source>
        <translation>%1 فيه حرف يغيّر اتجاه النص من حوله (U+%2) عند الحرف %3؛ يضبط Rater اتجاه الأسماء بنفسه</translation>
    </message>
    <message>
        <source>the action&apos;s text</source>
        <translation>نص الإجراء</translation>
    </message>
    <message>
        <source>the action&apos;s owner</source>
        <translation>المسؤول عن الإجراء</translation>
    </message>
    <message>
        <source>the action&apos;s text is empty; say what will be done</source>
        <translation>نص الإجراء فارغ؛ اذكر ما سيُنجز</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1: cannot write the file</source>
        <translation>%1: تعذّرت كتابة الملف</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>تعذّرت كتابة الملف.</translation>
    </message>
</context>
<context>
    <name>FacilitatorLock</name>
    <message>
        <source>Pass the Laptop</source>
        <translation>تمرير الحاسوب</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase, again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>البدء (&amp;S)</translation>
    </message>
    <message>
        <source>While the laptop goes round, participants see only the quiz. Choose a passphrase of at least %1 characters: it is needed to leave this mode.</source>
        <translation>أثناء تمرير الحاسوب لا يرى المشاركون إلا الاختبار. اختر عبارة مرور من %1 محارف على الأقل، فهي لازمة للخروج من هذا الوضع.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>مرة أخرى (&amp;A):</translation>
    </message>
    <message>
        <source>End Pass the Laptop</source>
        <translation>إنهاء تمرير الحاسوب</translation>
    </message>
    <message>
        <source>&amp;End the Mode</source>
        <translation>إنهاء الوضع (&amp;E)</translation>
    </message>
    <message>
        <source>Only the facilitator ends pass-the-laptop mode. Type the passphrase chosen when it started.</source>
        <translation>لا يُنهي وضع تمرير الحاسوب إلا الميسّر. اكتب عبارة المرور التي اختيرت عند بدئه.</translation>
    </message>
    <message>
        <source>That is not the passphrase chosen when the mode started.</source>
        <translation>هذه ليست عبارة المرور التي اختيرت عند بدء الوضع.</translation>
    </message>
    <message>
        <source>Pass-the-laptop mode goes on.</source>
        <translation>يستمر وضع تمرير الحاسوب.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>%1 belongs to the Rater database in use; choose another file</source>
        <translation>%1 جزء من قاعدة بيانات Rater المستخدمة؛ اختر ملفًا آخر</translation>
    </message>
    <message>
        <source>%1: cannot read the file (there is no such file)</source>
        <translation>%1: تتعذّر قراءة الملف (لا يوجد ملف بهذا الاسم)</translation>
    </message>
    <message>
        <source>%1: cannot read the file (it is a folder)</source>
        <translation>%1: تتعذّر قراءة الملف (إنه مجلد)</translation>
    </message>
    <message>
        <source>%1: cannot read the file (no permission)</source>
        <translation>%1: تتعذّر قراءة الملف (لا إذن بذلك)</translation>
    </message>
    <message>
        <source>%1: cannot write the file; the folder %2 does not exist</source>
        <translation>%1: تتعذّر كتابة الملف؛ المجلد %2 غير موجود</translation>
    </message>
    <message>
        <source>%1: cannot write the file; %2 is not a folder</source>
        <translation>%1: تتعذّر كتابة الملف؛ %2 ليس مجلدًا</translation>
    </message>
    <message>
        <source>%1: cannot write the file; a folder has that name</source>
        <translation>%1: تتعذّر كتابة الملف؛ هناك مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>%1: cannot write the file; no permission to change it</source>
        <translation>%1: تتعذّر كتابة الملف؛ لا إذن بتغييره</translation>
    </message>
    <message>
        <source>%1: cannot write the file; no permission to write in the folder %2</source>
        <translation>%1: تتعذّر كتابة الملف؛ لا إذن بالكتابة في المجلد %2</translation>
    </message>
</context>
<context>
    <name>GroupCharts</name>
    <message>
        <source>Dimensions across the group, weakest first</source>
        <translation>الأبعاد في المجموعة، الأضعف أولًا</translation>
    </message>
    <message>
        <source>How the group answered each statement</source>
        <translation>كيف أجابت المجموعة عن كل عبارة</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>--fiscal-start takes a month from 1 to 12; got &quot;%1&quot;</source>
        <translation>يأخذ الخيار --fiscal-start شهرًا من ١ إلى ١٢؛ وقد وصل «%1»</translation>
    </message>
    <message>
        <source>%1 already holds assessments; write the demo data to a new file</source>
        <translation>في %1 تقييمات من قبل؛ اكتب البيانات التجريبية في ملف جديد</translation>
    </message>
    <message>
        <source>Wrote %1 demo assessments to %2.</source>
        <translation>كُتب %1 تقييمًا تجريبيًا في %2.</translation>
    </message>
    <message>
        <source>there is no team &quot;%1&quot;; the teams are: %2</source>
        <translation>لا يوجد فريق باسم «%1»؛ الفرق هي: %2</translation>
    </message>
    <message>
        <source>%1: mean scores by period</source>
        <translation>%1: المتوسطات حسب الفترة</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>n</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>%1 (%2 to %3): mean scores by team</source>
        <translation>%1 (من %2 إلى %3): المتوسطات حسب الفريق</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>* each team&apos;s lowest dimension</source>
        <translation>* أضعف أبعاد كل فريق</translation>
    </message>
    <message>
        <source>▲ ▼ a real rise or fall (the 95% interval of the difference excludes zero); ≈ within the noise; ? too few assessments to tell</source>
        <translation>▲ ▼ ارتفاع أو انخفاض حقيقي (مجال الثقة ٩٥٪ للفرق لا يشمل الصفر)؛ ≈ ضمن التذبذب؛ ? تقييمات أقل من أن يُحكم بها</translation>
    </message>
</context>
<context>
    <name>HistoryTables</name>
    <message>
        <source>a real rise of %1</source>
        <translation>ارتفاع حقيقي بمقدار %1</translation>
    </message>
    <message>
        <source>a real fall of %1</source>
        <translation>انخفاض حقيقي بمقدار %1</translation>
    </message>
    <message>
        <source>a change within the noise</source>
        <translation>تغيّر ضمن التذبذب</translation>
    </message>
    <message>
        <source>too few assessments to tell</source>
        <translation>تقييمات أقل من أن يُحكم بها</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>n</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Mean total</source>
        <translation>متوسط المجموع</translation>
    </message>
    <message>
        <source>%1, the team&apos;s lowest dimension</source>
        <translation>%1، أضعف أبعاد الفريق</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>not valid JSON at character %1 (%2)</source>
        <translation>ليس JSON صالحًا عند المحرف %1 (%2)</translation>
    </message>
    <message>
        <source>record %1 is longer than %2 MiB</source>
        <translation>السجل %1 أطول من %2 ميبيبايت</translation>
    </message>
    <message>
        <source>a bracket closes nothing</source>
        <translation>قوس إغلاق لا يقابله قوس فتح</translation>
    </message>
    <message>
        <source>the file ends inside a record</source>
        <translation>ينتهي الملف في منتصف سجل</translation>
    </message>
    <message>
        <source>the file is empty; expected a list of assessments in brackets [ ]</source>
        <translation>الملف فارغ؛ المتوقع قائمة تقييمات بين القوسين [ ]</translation>
    </message>
    <message>
        <source>expected a list of assessments in brackets [ ]</source>
        <translation>المتوقع قائمة تقييمات بين القوسين [ ]</translation>
    </message>
    <message>
        <source>expected [</source>
        <translation>المتوقع [</translation>
    </message>
    <message>
        <source>the list of assessments is never closed with ]</source>
        <translation>قائمة التقييمات لا تُغلق بالقوس ]</translation>
    </message>
    <message>
        <source>expected a record</source>
        <translation>المتوقع سجل</translation>
    </message>
    <message>
        <source>expected , or ] after record %1</source>
        <translation>المتوقع , أو ] بعد السجل %1</translation>
    </message>
    <message>
        <source>there is more after the closing ]</source>
        <translation>يوجد نص بعد القوس الختامي ]</translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <source>&quot;%1&quot; is not the address of a PostgreSQL store; write it as postgresql://[user@]host[:port]/database</source>
        <translation>«%1» ليس عنوان مخزن PostgreSQL؛ اكتبه بالصيغة postgresql://[user@]host[:port]/database</translation>
    </message>
    <message>
        <source>%1: the value of &quot;%2&quot; cannot hold a semicolon</source>
        <translation>%1: لا يمكن أن تحتوي قيمة «%2» على فاصلة منقوطة</translation>
    </message>
    <message>
        <source>%1: the address names no database; add it after the host, as in postgresql://localhost/rater</source>
        <translation>%1: لا يذكر العنوان قاعدة بيانات؛ أضفها بعد المضيف، كما في postgresql://localhost/rater</translation>
    </message>
    <message>
        <source>cannot reach %1: Qt&apos;s PostgreSQL driver is not installed (Debian&apos;s package libqt6sql6-psql)</source>
        <translation>تعذّر الوصول إلى %1: مشغّل PostgreSQL الخاص بـ Qt غير مثبّت (حزمة دبيان libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot reach the organisation store %1: %2</source>
        <translation>تعذّر الوصول إلى مخزن المؤسسة %1: %2</translation>
    </message>
    <message>
        <source>%1: %2: the login &quot;%3&quot; does not have the right to do this (%4)</source>
        <translation>%1: %2: ليس لحساب الدخول «%3» حق القيام بذلك (%4)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>cannot read the schema</source>
        <translation>تعذّرت قراءة المخطط</translation>
    </message>
    <message>
        <source>%1 is set up already (Rater schema %2); nothing was changed</source>
        <translation>%1 مهيّأ من قبل (مخطط Rater رقم %2)؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>could not set up the store</source>
        <translation>تعذّرت تهيئة المخزن</translation>
    </message>
    <message>
        <source>cannot look up &quot;%1&quot;</source>
        <translation>تعذّر البحث عن «%1»</translation>
    </message>
    <message>
        <source>%1: there is no login &quot;%2&quot; on this server; its administrator creates it first, for example with: createuser --pwprompt %2</source>
        <translation>%1: لا يوجد حساب دخول «%2» على هذا الخادم؛ ينشئه مسؤول الخادم أولًا، مثلًا بالأمر: createuser --pwprompt %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a role that cannot log in; rights are given to logins</source>
        <translation>%1: «%2» دور لا يمكنه تسجيل الدخول؛ تُمنح الصلاحيات لحسابات الدخول</translation>
    </message>
    <message>
        <source>could not give &quot;%1&quot; the role %2</source>
        <translation>تعذّر منح «%1» الدور %2</translation>
    </message>
    <message>
        <source>could not make &quot;%1&quot; a lead</source>
        <translation>تعذّر جعل «%1» قائدًا</translation>
    </message>
    <message>
        <source>could not take back the rights of &quot;%1&quot;</source>
        <translation>تعذّر سحب صلاحيات «%1»</translation>
    </message>
    <message>
        <source>could not list the members</source>
        <translation>تعذّر عرض الأعضاء</translation>
    </message>
    <message>
        <source>could not read the threshold</source>
        <translation>تعذّرت قراءة الحد الأدنى</translation>
    </message>
    <message>
        <source>could not change the threshold</source>
        <translation>تعذّر تغيير الحد الأدنى</translation>
    </message>
    <message>
        <source>cannot read the store&apos;s identity</source>
        <translation>تعذّرت قراءة هوية المخزن</translation>
    </message>
    <message>
        <source>cannot read the login&apos;s rights</source>
        <translation>تعذّرت قراءة صلاحيات حساب الدخول</translation>
    </message>
    <message>
        <source>cannot read the teams</source>
        <translation>تعذّرت قراءة الفرق</translation>
    </message>
    <message>
        <source>could not store the results sent</source>
        <translation>تعذّر حفظ النتائج المرسلة</translation>
    </message>
    <message>
        <source>%1: the login &quot;%2&quot; may not store results there; a team&apos;s lead sends the results of their teams, an admin any</source>
        <translation>%1: لا يحق لحساب الدخول «%2» حفظ نتائج هناك؛ يرسل قائد الفريق نتائج فرقه، والمسؤول أي نتائج</translation>
    </message>
    <message>
        <source>%1: the store holds the results sent, but this database could not note it (%2); the next sync finds them there</source>
        <translation>%1: يحتوي المخزن على النتائج المرسلة، لكن تعذّر على قاعدة البيانات هذه تسجيل ذلك (%2)؛ ستجدها المزامنة التالية هناك</translation>
    </message>
    <message>
        <source>the login may not write the team &quot;%1&quot;</source>
        <translation>لا يحق لحساب الدخول الكتابة في الفريق «%1»</translation>
    </message>
    <message>
        <source>line %1 is not a result</source>
        <translation>السطر %1 ليس نتيجة</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is missing or wrong</source>
        <translation>السطر %1: «%2» مفقود أو خاطئ</translation>
    </message>
    <message>
        <source>%1 is refused whole, nothing was stored: %2</source>
        <translation>رُفض %1 كاملًا، ولم يُحفظ شيء: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: تعذّرت قراءة الملف (%2)</translation>
    </message>
    <message>
        <source>line %1 is cut short or too long</source>
        <translation>السطر %1 مبتور أو أطول من اللازم</translation>
    </message>
    <message>
        <source>there is more after its checksum (line %1)</source>
        <translation>يوجد محتوى بعد مجموعه الاختباري (السطر %1)</translation>
    </message>
    <message>
        <source>it is not a Rater bundle</source>
        <translation>ليس حزمة Rater</translation>
    </message>
    <message>
        <source>it is a bundle of another version (%1); this Rater reads version %2</source>
        <translation>إنه حزمة من إصدار آخر (%1)؛ يقرأ Rater هذا الإصدار %2</translation>
    </message>
    <message>
        <source>its checksum does not match its contents: it was damaged or altered</source>
        <translation>مجموعه الاختباري لا يطابق محتواه: لقد تلف أو عُدّل</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>إنه فارغ</translation>
    </message>
    <message>
        <source>it ends before its checksum</source>
        <translation>ينتهي قبل مجموعه الاختباري</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1: تعذّرت كتابة الملف (%2)</translation>
    </message>
    <message>
        <source>%1: could not write (%2)</source>
        <translation>%1: تعذّرت الكتابة (%2)</translation>
    </message>
    <message>
        <source>%1: the store sums %2 statements for team &quot;%3&quot;; &quot;%4&quot; has %5</source>
        <translation>%1: يجمع المخزن %2 عبارة للفريق «%3»، وعدد عبارات «%4» هو %5</translation>
    </message>
    <message>
        <source>cannot read the teams&apos; figures</source>
        <translation>تعذّرت قراءة أرقام الفرق</translation>
    </message>
    <message>
        <source>%1: a manager reads the organisation&apos;s figures by whole calendar quarters of the Gregorian calendar (such as Q1 2026), not from %2 to %3</source>
        <translation>%1: يقرأ المدير أرقام المؤسسة أرباعًا كاملة من التقويم الميلادي (مثل Q1 2026)، لا من %2 إلى %3</translation>
    </message>
    <message>
        <source>%1: the figures of team &quot;%2&quot; are not a list of sums: %3</source>
        <translation>%1: أرقام الفريق «%2» ليست قائمة مجاميع: %3</translation>
    </message>
    <message>
        <source>cannot read the periods</source>
        <translation>تعذّرت قراءة الفترات</translation>
    </message>
    <message>
        <source>Sent %1, already there %2.</source>
        <translation>أُرسلت: %1، وكانت موجودة من قبل: %2.</translation>
    </message>
    <message>
        <source>Corrections sent: %1.</source>
        <translation>التصحيحات المرسلة: %1.</translation>
    </message>
    <message>
        <source>Changed in the store since they were corrected, and kept as the store has them: the results of lines %1.</source>
        <translation>غُيّرت في المخزن بعد تصحيحها، فبقيت كما هي في المخزن: نتائج الأسطر %1.</translation>
    </message>
    <message>
        <source>Changed in the store since they were corrected here, and kept as the store has them: %1.</source>
        <translation>غُيّرت في المخزن بعد تصحيحها هنا، فبقيت كما هي في المخزن: %1.</translation>
    </message>
    <message>
        <source>Not stored: %1 results of teams the login does not lead (%2).</source>
        <translation>لم تُحفظ: %1 نتيجة لفرق لا يقودها حساب الدخول (%2).</translation>
    </message>
    <message>
        <source>Kept here, not sent: %1 results of teams the login does not lead (%2).</source>
        <translation>بقيت هنا ولم تُرسل: %1 نتيجة لفرق لا يقودها حساب الدخول (%2).</translation>
    </message>
    <message>
        <source>%1: a manager reads the teams&apos; quarters side by side (rater-cli compare), not one team&apos;s assessments</source>
        <translation>%1: يقرأ المدير أرباع الفرق جنبًا إلى جنب (rater-cli compare)، لا تقييمات فريق واحد</translation>
    </message>
    <message>
        <source>cannot read the history of &quot;%1&quot;</source>
        <translation>تعذّرت قراءة سجل «%1»</translation>
    </message>
    <message>
        <source>statement %1 of &quot;%2&quot; gives its item scores by a list that sums of answers cannot be turned into; read its results from a database file</source>
        <translation>العبارة %1 في «%2» تحدد درجاتها بقائمة لا يمكن حسابها من مجاميع الإجابات؛ اقرأ نتائجها من ملف قاعدة بيانات</translation>
    </message>
    <message>
        <source>%1: the login &quot;%2&quot; reads the teams&apos; figures by quarter (rater-cli compare), not single assessments</source>
        <translation>%1: يقرأ حساب الدخول «%2» أرقام الفرق حسب الربع (rater-cli compare)، لا التقييمات المفردة</translation>
    </message>
    <message>
        <source>cannot read the assessments</source>
        <translation>تعذّرت قراءة التقييمات</translation>
    </message>
    <message>
        <source>%1: assessment %2 has unreadable answers: %3</source>
        <translation>%1: إجابات التقييم %2 غير مقروءة: %3</translation>
    </message>
    <message>
        <source>%1: the login &quot;%2&quot; does not record in the store; a team&apos;s lead records for their teams, an admin for any</source>
        <translation>%1: لا يسجّل حساب الدخول «%2» في المخزن؛ يسجّل قائد الفريق لفرقه، والمسؤول لأي فريق</translation>
    </message>
    <message>
        <source>%1: the login &quot;%2&quot; leads no team yet; an admin gives it teams with rater-cli org grant --lead %2 --team NAME</source>
        <translation>%1: لا يقود حساب الدخول «%2» أي فريق بعد؛ يمنحه المسؤول فرقًا بالأمر rater-cli org grant --lead %2 --team NAME</translation>
    </message>
    <message>
        <source>%1: you can record for %2 only, not for &quot;%3&quot;</source>
        <translation>%1: يمكنك التسجيل لـ %2 فقط، لا لـ «%3»</translation>
    </message>
    <message>
        <source>could not save the workshop</source>
        <translation>تعذّر حفظ ورشة العمل</translation>
    </message>
    <message>
        <source>could not read the workshop</source>
        <translation>تعذّرت قراءة ورشة العمل</translation>
    </message>
    <message>
        <source>%1: there is no workshop with id %2 that the login &quot;%3&quot; may read</source>
        <translation>%1: لا توجد ورشة عمل بالمعرّف %2 يحق لحساب الدخول «%3» قراءتها</translation>
    </message>
    <message>
        <source>could not read the workshop&apos;s participants</source>
        <translation>تعذّرت قراءة المشاركين في ورشة العمل</translation>
    </message>
    <message>
        <source>Teams renamed or merged in the store as here, with their leads and workshops: %1.</source>
        <translation>فرق أُعيدت تسميتها أو دُمجت في المخزن كما هنا، مع قادتها وورش عملها: %1.</translation>
    </message>
    <message>
        <source>no assessment was given</source>
        <translation>لم يُذكر أي تقييم</translation>
    </message>
    <message>
        <source>could not move the assessments to the bin</source>
        <translation>تعذّر نقل التقييمات إلى السلة</translation>
    </message>
    <message>
        <source>could not restore the assessments</source>
        <translation>تعذّرت استعادة التقييمات</translation>
    </message>
    <message>
        <source>there is no assessment with id %1 that the login &quot;%2&quot; may change</source>
        <translation>لا يوجد تقييم بالمعرّف %1 يحق لحساب الدخول «%2» تغييره</translation>
    </message>
    <message>
        <source>assessment %1 is in the bin; restore it first</source>
        <translation>التقييم %1 في السلة؛ استعده أولًا</translation>
    </message>
    <message>
        <source>assessment %1 is not in the bin</source>
        <translation>التقييم %1 ليس في السلة</translation>
    </message>
    <message>
        <source>could not correct the assessment</source>
        <translation>تعذّر تصحيح التقييم</translation>
    </message>
    <message>
        <source>could not empty the bin</source>
        <translation>تعذّر إفراغ السلة</translation>
    </message>
    <message>
        <source>%1: the login &quot;%2&quot; does not rename or merge teams in the store; an admin does, or an admin&apos;s sync carries a laptop&apos;s</source>
        <translation>%1: لا يعيد حساب الدخول «%2» تسمية الفرق ولا يدمجها في المخزن؛ يفعل ذلك المسؤول، أو تحمل مزامنةُ المسؤول ما جرى على الحاسوب المحمول</translation>
    </message>
    <message>
        <source>there is no team &quot;%1&quot; in the store</source>
        <translation>لا يوجد فريق «%1» في المخزن</translation>
    </message>
    <message>
        <source>nothing to change: the team is called &quot;%1&quot; already</source>
        <translation>لا شيء للتغيير: اسم الفريق «%1» أصلًا</translation>
    </message>
    <message>
        <source>could not rename the team</source>
        <translation>تعذّرت إعادة تسمية الفريق</translation>
    </message>
    <message>
        <source>there is already a team &quot;%1&quot;; to put the results of &quot;%2&quot; together with it, merge &quot;%2&quot; into &quot;%1&quot; instead</source>
        <translation>يوجد فريق باسم «%1»؛ لجمع نتائج «%2» معه ادمج «%2» في «%1» بدلًا من ذلك</translation>
    </message>
    <message>
        <source>a team cannot be merged into itself (&quot;%1&quot;)</source>
        <translation>لا يمكن دمج فريق في نفسه («%1»)</translation>
    </message>
    <message>
        <source>could not merge the teams</source>
        <translation>تعذّر دمج الفريقين</translation>
    </message>
    <message>
        <source>there is no team &quot;%1&quot; in the store to merge into</source>
        <translation>لا يوجد فريق «%1» في المخزن للدمج فيه</translation>
    </message>
    <message>
        <source>assessment %1 was not saved: %2</source>
        <translation>لم يُحفظ التقييم %1: %2</translation>
    </message>
    <message>
        <source>could not save; nothing was stored</source>
        <translation>تعذّر الحفظ؛ لم يُخزَّن شيء</translation>
    </message>
    <message>
        <source>%1 holds no Rater store; its owner sets one up with rater-cli org init</source>
        <translation>لا يحوي %1 مخزنًا لـ Rater؛ يُنشئه مالكه بالأمر rater-cli org init</translation>
    </message>
    <message>
        <source>%1 was set up by a newer Rater (store schema %2; this one knows %3)</source>
        <translation>أُنشئ %1 بإصدار أحدث من Rater (مخطط المخزن %2؛ وهذا الإصدار يعرف %3)</translation>
    </message>
    <message>
        <source>could not check the store</source>
        <translation>تعذّر فحص المخزن</translation>
    </message>
    <message>
        <source>row-level security is off on rater.%1: leads could read every team&apos;s rows there; its owner turns it on with ALTER TABLE rater.%1 ENABLE ROW LEVEL SECURITY</source>
        <translation>أمان مستوى الصفوف معطّل في rater.%1: قد يقرأ قادة الفرق صفوف كل الفرق هناك؛ يُفعّله المالك بالأمر ALTER TABLE rater.%1 ENABLE ROW LEVEL SECURITY</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… و%1 غيرها</translation>
    </message>
    <message>
        <source>could not read the actions</source>
        <translation>تعذّرت قراءة الإجراءات</translation>
    </message>
    <message>
        <source>could not store the actions sent</source>
        <translation>تعذّر حفظ الإجراءات المرسلة</translation>
    </message>
    <message>
        <source>%1: %2: the store has no Rater schema, or one older than this Rater&apos;s; its owner sets it up or brings it up to date with rater-cli org init</source>
        <translation>%1: %2: ليس في المخزن مخطط Rater، أو فيه مخطط أقدم من مخطط هذا الإصدار؛ يُعدّه مالكه أو يحدّثه بـ rater-cli org init</translation>
    </message>
    <message>
        <source>could not bring the store up to schema %1</source>
        <translation>تعذّر تحديث المخزن إلى المخطط %1</translation>
    </message>
    <message>
        <source>Actions sent: %1; brought up to date: %2.</source>
        <translation>الإجراءات المرسلة: %1؛ والمحدَّثة: %2.</translation>
    </message>
    <message>
        <source>Kept here, not sent: %1 actions of teams the login does not lead.</source>
        <translation>بقيت هنا ولم تُرسل: %1 إجراءً لفرق لا يقودها حساب الدخول.</translation>
    </message>
</context>
<context>
    <name>OrganisationCommands</name>
    <message>
        <source>The store %1 is set up: Rater&apos;s schema, and the roles rater_admin, rater_manager and rater_lead. Groups of fewer than %2 assessments are withheld from managers.</source>
        <translation>تمت تهيئة المخزن %1: مخطط Rater، والأدوار rater_admin وrater_manager وrater_lead. تُحجب عن المديرين المجموعات التي تضم أقل من %2 تقييمات.</translation>
    </message>
    <message>
        <source>give one of --lead LOGIN, --manager LOGIN or --admin LOGIN</source>
        <translation>أعطِ واحدًا من ‎--lead LOGIN أو ‎--manager LOGIN أو ‎--admin LOGIN</translation>
    </message>
    <message>
        <source>a lead leads teams: name them with --team NAME, once for each</source>
        <translation>القائد يقود فرقًا: سمّها بـ ‎--team NAME، مرة لكل فريق</translation>
    </message>
    <message>
        <source>--team goes with --lead; managers and admins see every team</source>
        <translation>‎--team يُستخدم مع ‎--lead؛ المديرون والمسؤولون يرون كل الفرق</translation>
    </message>
    <message>
        <source>a team&apos;s name cannot be empty</source>
        <translation>لا يمكن أن يكون اسم الفريق فارغًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now leads: %2.</source>
        <translation>أصبح «%1» يقود: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now has the role %2.</source>
        <translation>أصبح لـ «%1» الدور %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no Rater role or team any more.</source>
        <translation>لم يعد لـ «%1» أي دور أو فريق في Rater.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer leads: %2.</source>
        <translation>لم يعد «%1» يقود: %2.</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>الأعضاء: %1</translation>
    </message>
    <message>
        <source>the threshold is a whole number of 2 or more; got &quot;%1&quot;</source>
        <translation>الحد الأدنى عدد صحيح لا يقل عن 2؛ وردت القيمة «%1»</translation>
    </message>
    <message>
        <source>Groups of fewer than %1 assessments are withheld from managers.</source>
        <translation>تُحجب عن المديرين المجموعات التي تضم أقل من %1 تقييمات.</translation>
    </message>
    <message>
        <source>--store takes the store&apos;s UUID; got &quot;%1&quot;</source>
        <translation>يأخذ ‎--store المعرّف الفريد (UUID) للمخزن؛ وردت القيمة «%1»</translation>
    </message>
    <message>
        <source>this database has synced with several stores; choose one with --store UUID: %1</source>
        <translation>زامنت قاعدة البيانات هذه مع عدة مخازن؛ اختر واحدًا بـ ‎--store UUID: %1</translation>
    </message>
    <message>
        <source>Bundled %1 results into %2.</source>
        <translation>جُمعت %1 نتيجة في %2.</translation>
    </message>
    <message>
        <source>%1 is a bundle for the organisation store; import it there: rater-cli import FILE --db postgresql://[user@]host/database</source>
        <translation>%1 حزمة لمخزن المؤسسة؛ استوردها إليه: rater-cli import FILE --db postgresql://[user@]host/database</translation>
    </message>
</context>
<context>
    <name>OwnerAndDueFields</name>
    <message>
        <source>A name or a role</source>
        <translation>اسم أو دور</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>المسؤول (&amp;O):</translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation>الموعد (&amp;U)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>record %1</source>
        <translation>السجل %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>already in the workshop</source>
        <translation>موجود في ورشة العمل من قبل</translation>
    </message>
    <message>
        <source>%1: %2: respondent &quot;%3&quot; appears twice (%4)</source>
        <translation>%1: %2: المشارك «%3» مكرر (%4)</translation>
    </message>
    <message>
        <source>%1: %2: the same answers as %3, without a respondent code to tell them apart; a duplicate</source>
        <translation>%1: %2: الإجابات نفسها في %3، بلا رمز مشارك يميّز بينهما؛ أي تكرار</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter and year</comment>
        <translation>الربع %1 %2</translation>
    </message>
    <message>
        <source>H%1 %2</source>
        <comment>half-year and year</comment>
        <translation>النصف %1 %2</translation>
    </message>
    <message>
        <source>FY %1</source>
        <comment>fiscal year</comment>
        <translation>السنة المالية %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names period %2, but a year has %3</source>
        <translation>«%1» يسمّي الفترة %2، لكن للسنة %3 فترات</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a period label such as &quot;Q1 2026&quot; nor a date such as 2026-02-14</source>
        <translation>«%1» ليس اسم فترة مثل «Q1 2026» ولا تاريخًا مثل 2026-02-14</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period within the dates Rater keeps, %2 to %3</source>
        <translation>&quot;%1&quot; ليست فترة ضمن التواريخ التي يحفظها Rater، من %2 إلى %3</translation>
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
        <source>%1: the file is larger than %2 MiB; a questionnaire is far smaller</source>
        <translation>%1: حجم الملف أكبر من %2 ميبيبايت؛ الاستبيان أصغر من ذلك بكثير</translation>
    </message>
    <message>
        <source>there is no built-in questionnaire &quot;%1&quot;; the built-in ones are: %2</source>
        <translation>لا يوجد استبيان مدمج باسم «%1»؛ الاستبيانات المدمجة: %2</translation>
    </message>
    <message>
        <source>the list has %1 entries; a questionnaire may have at most %2</source>
        <translation>في القائمة %1 عنصر؛ ويمكن أن يكون في الاستبيان %2 على الأكثر</translation>
    </message>
    <message>
        <source>%1 is beyond the numbers a questionnaire may use, %2 to %3</source>
        <translation>%1 خارج الأعداد التي يمكن أن يستخدمها الاستبيان، من %2 إلى %3</translation>
    </message>
    <message>
        <source>the text is %1 characters long; a text may have at most %2</source>
        <translation>طول النص %1 حرف؛ ويمكن أن يكون النص %2 حرف على الأكثر</translation>
    </message>
    <message>
        <source>the text is not well-formed Unicode (half of a surrogate pair)</source>
        <translation>النص ليس يونيكود سليمًا (نصف زوج بديل)</translation>
    </message>
    <message>
        <source>the questionnaires that come with Rater are missing: %1 holds none; install Rater again</source>
        <translation>الاستبيانات المرفقة مع Rater مفقودة: لا يحتوي %1 أيًّا منها؛ ثبّت Rater من جديد</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>statements not answered yet: %1</source>
        <translation>عبارات لم يُجَب عنها بعد: %1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Wrote the report of &quot;%1&quot; to %2.</source>
        <translation>كُتب تقرير «%1» في %2.</translation>
    </message>
</context>
<context>
    <name>ResultReport</name>
    <message>
        <source>Team: %1</source>
        <translation>الفريق: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>التاريخ: %1</translation>
    </message>
    <message>
        <source>Respondent: %1</source>
        <translation>المشارك: %1</translation>
    </message>
    <message>
        <source>Total: %1 of %2</source>
        <translation>المجموع: %1 من %2</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>من أين تبدأ</translation>
    </message>
    <message>
        <source>Statement by statement</source>
        <translation>عبارة عبارة</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>العبارة</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Item score</source>
        <translation>درجة العبارة</translation>
    </message>
    <message>
        <source>Keying</source>
        <translation>الاحتساب</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>يغذّي</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>معكوس</translation>
    </message>
    <message>
        <source>Dimension scores (percent)</source>
        <translation>درجات الأبعاد (نسبة مئوية)</translation>
    </message>
    <message>
        <source>Dimension profile</source>
        <translation>ملامح الأبعاد</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
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
    <name>Scoring</name>
    <message>
        <source>the total, %1, is too large a number for Rater to work with</source>
        <translation>المجموع %1 عدد أكبر من أن يتعامل معه Rater</translation>
    </message>
    <message>
        <source>no band of the questionnaire covers the total %1</source>
        <translation>لا تشمل أي فئة من فئات الاستبيان المجموع %1</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>New quiz</source>
        <translation>اختبار جديد</translation>
    </message>
    <message>
        <source>Save the result</source>
        <translation>حفظ النتيجة</translation>
    </message>
    <message>
        <source>Export the result as PDF</source>
        <translation>تصدير النتيجة بصيغة PDF</translation>
    </message>
    <message>
        <source>Print the result</source>
        <translation>طباعة النتيجة</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>استيراد النتائج</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>تصدير النتائج</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Copy a table</source>
        <translation>نسخ جدول</translation>
    </message>
    <message>
        <source>View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Quiz and result</source>
        <translation>الاختبار والنتيجة</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>ورش العمل</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>القيود</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>الاختبار</translation>
    </message>
    <message>
        <source>Answer the statement in focus</source>
        <translation>الإجابة عن العبارة المحددة</translation>
    </message>
    <message>
        <source>1 to 5</source>
        <translation>١ إلى ٥</translation>
    </message>
    <message>
        <source>Move along the scale</source>
        <translation>التنقل على المقياس</translation>
    </message>
    <message>
        <source>Answer with the marked point</source>
        <translation>الإجابة بالدرجة المحدَّدة</translation>
    </message>
    <message>
        <source>Previous or next statement</source>
        <translation>العبارة السابقة أو التالية</translation>
    </message>
    <message>
        <source>See the results</source>
        <translation>عرض النتائج</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Edit the result</source>
        <translation>تعديل النتيجة</translation>
    </message>
    <message>
        <source>Move results to another team</source>
        <translation>نقل نتائج إلى فريق آخر</translation>
    </message>
    <message>
        <source>Delete results</source>
        <translation>حذف نتائج</translation>
    </message>
    <message>
        <source>Restore deleted results</source>
        <translation>استعادة النتائج المحذوفة</translation>
    </message>
    <message>
        <source>Delete the action</source>
        <translation>حذف الإجراء</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
</context>
<context>
    <name>StorageCommands</name>
    <message>
        <source>assessment %1 cannot be scored: %2</source>
        <translation>تعذّر احتساب نتيجة التقييم %1: %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Assessments: %1</source>
        <translation>التقييمات: %1</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… و%1 مشكلات أخرى</translation>
    </message>
    <message>
        <source>nothing was imported from %1</source>
        <translation>لم يُستورد شيء من %1</translation>
    </message>
    <message>
        <source>Imported %1 assessments from %2 into %3.</source>
        <translation>استُورد %1 تقييمًا من %2 إلى %3.</translation>
    </message>
    <message>
        <source>an xlsx export needs a file; give it with --out FILE.xlsx</source>
        <translation>يحتاج تصدير xlsx إلى ملف؛ حدّده بالخيار --out FILE.xlsx</translation>
    </message>
    <message>
        <source>could not write to standard output</source>
        <translation>تعذّرت الكتابة إلى المخرج القياسي</translation>
    </message>
    <message>
        <source>%1: sound; %2 assessments of %3 teams, and SQLite&apos;s integrity check found nothing wrong</source>
        <translation>%1: سليمة؛ %2 تقييمًا لـ %3 فرق، ولم يجد فحص السلامة في SQLite أي خلل</translation>
    </message>
    <message>
        <source>%1: damaged; the check found:</source>
        <translation>%1: تالفة؛ وجد الفحص ما يلي:</translation>
    </message>
    <message>
        <source>Restore a backup, or save what can still be read with &quot;rater-cli export&quot;.</source>
        <translation>استرجع نسخة احتياطية، أو احفظ ما يمكن قراءته بالأمر «rater-cli export».</translation>
    </message>
    <message>
        <source>Wrote a copy of %1 to %2.</source>
        <translation>كُتبت نسخة من %1 في %2.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذف في</translation>
    </message>
    <message>
        <source>Already stored, and not stored again: %1.</source>
        <translation>محفوظة من قبل، ولم تُحفظ مرة أخرى: %1.</translation>
    </message>
    <message>
        <source>%1: sound; %2 assessments of %3 teams that the login &quot;%4&quot; may read, row-level security on, every answer and date readable</source>
        <translation>%1: سليم؛ %2 تقييمًا لـ %3 فرق يحق لحساب الدخول &quot;%4&quot; قراءتها، وأمان مستوى الصفوف مفعّل، وكل الإجابات والتواريخ مقروءة</translation>
    </message>
    <message>
        <source>%1: the check found:</source>
        <translation>%1: وجد الفحص ما يلي:</translation>
    </message>
    <message>
        <source>Correct or delete those results (rater-cli edit, rater-cli delete), or restore the store from its pg_dump backup.</source>
        <translation>صحّح تلك النتائج أو احذفها (rater-cli edit وrater-cli delete)، أو استعد المخزن من نسخته الاحتياطية المأخوذة بـ pg_dump.</translation>
    </message>
    <message>
        <source>rater-cli backup copies a laptop&apos;s database file; the organisation store is backed up on its server with pg_dump (see docs/organisation.md)</source>
        <translation>ينسخ rater-cli backup ملف قاعدة بيانات حاسوب محمول؛ أما مخزن المؤسسة فيُنسخ احتياطيًا على خادمه بالأداة pg_dump (انظر docs/organisation.md)</translation>
    </message>
    <message>
        <source>%1: record %2: %3</source>
        <translation>%1: السجل %2: %3</translation>
    </message>
    <message>
        <source>Actions imported: %1; already stored, and not stored again: %2.</source>
        <translation>الإجراءات المستوردة: %1؛ والمحفوظة من قبل فلم تُحفظ ثانية: %2.</translation>
    </message>
</context>
<context>
    <name>WorkshopCommands</name>
    <message>
        <source>nothing was imported from %1</source>
        <translation>لم يُستورد شيء من %1</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 مشاركين</translation>
    </message>
    <message>
        <source>Group figures are withheld below %1 participants, so that no one&apos;s answers can be told apart.</source>
        <translation>تُحجب أرقام المجموعة دون %1 مشاركين، كي لا تُعرف إجابات أحد.</translation>
    </message>
    <message>
        <source>Mean total %1 (standard deviation %2; from %3 to %4)</source>
        <translation>متوسط المجموع %1 (الانحراف المعياري %2؛ من %3 إلى %4)</translation>
    </message>
    <message>
        <source>median %1, quartiles %2 to %3</source>
        <translation>الوسيط %1، والربيعيات من %2 إلى %3</translation>
    </message>
    <message>
        <source>alpha %1</source>
        <translation>ألفا %1</translation>
    </message>
    <message>
        <source>Imported %1 participants into workshop %2, under the team &quot;%3&quot;.</source>
        <translation>استُورد %1 من المشاركين إلى ورشة العمل %2، تحت الفريق &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The file named other teams (%1); as participants of this workshop they were recorded under &quot;%2&quot;.</source>
        <translation>ذكر الملف فرقًا أخرى (%1)؛ وبصفتهم مشاركين في هذه الورشة سُجّلوا تحت &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Already stored, and not stored again: %1.</source>
        <translation>محفوظة من قبل، ولم تُحفظ مرة أخرى: %1.</translation>
    </message>
</context>
<context>
    <name>WorkshopReport</name>
    <message>
        <source>No one has answered yet. Collect the answers with Pass the Laptop or Paper Entry, or import participants&apos; files.</source>
        <translation>لم يُجب أحد بعد. اجمع الإجابات بتمرير الحاسوب أو بإدخال الاستمارات الورقية، أو استورد ملفات المشاركين.</translation>
    </message>
    <message>
        <source>Participants so far: %1. Group figures appear from %2 participants on, so that no one&apos;s answers can be told apart.</source>
        <translation>عدد المشاركين حتى الآن: %1. تظهر أرقام المجموعة ابتداءً من %2 مشاركين، حتى لا تُعرف إجابات أحد بعينه.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Participants: %1. Mean total %2 of %3 (%4); standard deviation %5, from %6 to %7.</source>
        <translation>المشاركون: %1. متوسط المجموع %2 من %3 (%4)؛ الانحراف المعياري %5، من %6 إلى %7.</translation>
    </message>
    <message>
        <source>Lowest statements</source>
        <translation>العبارات الأدنى</translation>
    </message>
    <message>
        <source>%1. %2 (mean item score %3)</source>
        <translation>%1. %2 (متوسط الدرجة %3)</translation>
    </message>
    <message>
        <source>α under each dimension: Cronbach&apos;s alpha, how well its statements agree in this group.</source>
        <translation>α تحت كل بُعد: ألفا كرونباخ، أي مدى اتساق عباراته في هذه المجموعة.</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>من أين تبدأ</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>تعذّرت طباعة التقرير.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>open a database of demo results</source>
        <translation>فتح قاعدة بيانات بنتائج تجريبية</translation>
    </message>
    <message>
        <source>database file, or the organisation store (postgresql://login@server/database) to compare its teams</source>
        <translation>ملف قاعدة البيانات، أو مخزن المؤسسة (postgresql://login@server/database) لمقارنة فرقه</translation>
    </message>
    <message>
        <source>Rater cannot start.</source>
        <translation>تعذّر تشغيل Rater.</translation>
    </message>
</context>
<context>
    <name>rater::RecordsModel</name>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ورشة العمل</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذف في</translation>
    </message>
</context>
<context>
    <name>rater::StatementTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>معكوس</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>خاص</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>العبارة</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Item score</source>
        <translation>درجة العبارة</translation>
    </message>
    <message>
        <source>Keying</source>
        <translation>الاحتساب</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>يغذّي</translation>
    </message>
</context>
<context>
    <name>rater::gui::ActionsView</name>
    <message>
        <source>&amp;Team:</source>
        <translation>الفريق (&amp;T):</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>تعليم كمُنجز (&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;rop</source>
        <translation>إلغاء (&amp;R)</translation>
    </message>
    <message>
        <source>The selected action was done today</source>
        <translation>أُنجز الإجراء المحدد اليوم</translation>
    </message>
    <message>
        <source>The selected action will not be done</source>
        <translation>لن يُنجز الإجراء المحدد</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>البُعد</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Did it work?</source>
        <translation>هل نجح؟</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>لا إجراءات بعد</translation>
    </message>
    <message>
        <source>Plan actions from a result&apos;s weakest dimensions (Plan Actions… on the result page); they are listed here by team, and once done, whether the dimension they aimed at really moved.</source>
        <translation>خطّط إجراءات انطلاقًا من أضعف أبعاد النتيجة (تخطيط الإجراءات… في صفحة النتيجة)؛ تُعرض هنا حسب الفريق، ومتى أُنجزت يظهر هل تحرك البُعد الذي استهدفته فعلًا.</translation>
    </message>
    <message>
        <source>The actions cannot be read</source>
        <translation>تتعذر قراءة الإجراءات</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر عن موعده</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>أُنجز %1</translation>
    </message>
    <message>
        <source>Dropped %1</source>
        <translation>أُلغي %1</translation>
    </message>
    <message>
        <source>Open actions for %1: %2, overdue: %3</source>
        <translation>الإجراءات المفتوحة لـ %1: %2، منها متأخرة: %3</translation>
    </message>
    <message>
        <source>Open actions for %1: %2</source>
        <translation>الإجراءات المفتوحة لـ %1: %2</translation>
    </message>
    <message>
        <source>Choose an action first.</source>
        <translation>اختر إجراءً أولًا.</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>حذف (&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected action (Delete); Edit ▸ Undo brings it back</source>
        <translation>احذف الإجراء المحدد (Delete)؛ يعيده تحرير ▸ تراجع</translation>
    </message>
    <message>
        <source>marking “%1” done</source>
        <translation>تعليم «%1» كمنجز</translation>
    </message>
    <message>
        <source>dropping “%1”</source>
        <translation>إلغاء «%1»</translation>
    </message>
    <message>
        <source>deleting “%1”</source>
        <translation>حذف «%1»</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>تعديل… (&amp;I)</translation>
    </message>
    <message>
        <source>Change the selected action&apos;s dimension, text, owner or due date</source>
        <translation>تغيير بُعد الإجراء المحدّد أو نصّه أو المسؤول عنه أو موعده</translation>
    </message>
    <message>
        <source>editing “%1”</source>
        <translation>تعديل «%1»</translation>
    </message>
</context>
<context>
    <name>rater::gui::ChangeLogDialog</name>
    <message>
        <source>Change Log</source>
        <translation>سجل التعديلات</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التعديل</translation>
    </message>
    <message>
        <source>Corrections, newest first</source>
        <translation>التصحيحات، الأحدث أولًا</translation>
    </message>
    <message>
        <source>The change log cannot be read: %1</source>
        <translation>تتعذّر قراءة سجل التعديلات: %1</translation>
    </message>
    <message>
        <source>No corrections have been made to this database.</source>
        <translation>لم يُجرَ أي تصحيح على قاعدة البيانات هذه.</translation>
    </message>
</context>
<context>
    <name>rater::gui::ComparisonView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>الفترة (&amp;P):</translation>
    </message>
    <message>
        <source>Period to compare</source>
        <translation>الفترة المراد مقارنتها</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>تصدير (&amp;X)…</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>تصدير المقارنة</translation>
    </message>
    <message>
        <source>Mean scores by team</source>
        <translation>المتوسطات حسب الفريق</translation>
    </message>
    <message>
        <source>Colours run from red (low) to green (high). ▼ marks each team&apos;s lowest dimension. Select a column heading to sort.</source>
        <translation>تتدرج الألوان من الأحمر (منخفض) إلى الأخضر (مرتفع). ▼ تعلّم أضعف أبعاد كل فريق. اختر عنوان عمود للترتيب.</translation>
    </message>
    <message>
        <source>Dimension means by team, %1</source>
        <translation>متوسطات الأبعاد حسب الفريق، %1</translation>
    </message>
    <message>
        <source>Teams compared</source>
        <translation>مقارنة الفرق</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>تقرير PDF…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>مصنف Excel…</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>المخطط بصيغة PNG…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG ‏(*.png)</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>لا نتائج بعد</translation>
    </message>
    <message>
        <source>Comparison puts every team side by side for one period: their mean totals and dimensions as a coloured table and as bars, with each team&apos;s weakest dimension marked. It fills as results are saved: take the quiz, import results, or open the demo database.</source>
        <translation>تضع المقارنة الفرق جنبًا إلى جنب في فترة واحدة: متوسط المجموع والأبعاد في جدول ملوّن وفي أعمدة، مع تمييز أضعف بُعد لكل فريق. تمتلئ كلما حُفظت نتائج: أجب عن الاختبار، أو استورد نتائج، أو افتح قاعدة البيانات التجريبية.</translation>
    </message>
    <message>
        <source>There is nothing to export yet: no team has results in this period.</source>
        <translation>لا شيء للتصدير بعد: لا نتائج لأي فريق في هذه الفترة.</translation>
    </message>
    <message>
        <source>The results cannot be read</source>
        <translation>تتعذّر قراءة النتائج</translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>إعادة القراءة (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;This Computer&apos;s Results</source>
        <translation>نتائج هذا الحاسوب (&amp;T)</translation>
    </message>
    <message>
        <source>Disconnect from the organisation store and compare the results of this computer&apos;s database</source>
        <translation>قطع الاتصال بمخزن المؤسسة ومقارنة نتائج قاعدة بيانات هذا الحاسوب</translation>
    </message>
    <message numerus="yes">
        <source>Organisation store %1, read as %2 (manager): quarters of the Gregorian calendar, and only teams with %Ln or more results in the quarter.</source>
        <translation>
            <numerusform>مخزن المؤسسة %1، مقروء باسم %2 (مدير): أرباع التقويم الميلادي، والفرق التي لا يقل عدد نتائجها في الربع عن %Ln فقط.</numerusform>
            <numerusform>مخزن المؤسسة %1، مقروء باسم %2 (مدير): أرباع التقويم الميلادي، والفرق التي لا يقل عدد نتائجها في الربع عن %Ln فقط.</numerusform>
            <numerusform>مخزن المؤسسة %1، مقروء باسم %2 (مدير): أرباع التقويم الميلادي، والفرق التي لا يقل عدد نتائجها في الربع عن %Ln فقط.</numerusform>
            <numerusform>مخزن المؤسسة %1، مقروء باسم %2 (مدير): أرباع التقويم الميلادي، والفرق التي لا يقل عدد نتائجها في الربع عن %Ln فقط.</numerusform>
            <numerusform>مخزن المؤسسة %1، مقروء باسم %2 (مدير): أرباع التقويم الميلادي، والفرق التي لا يقل عدد نتائجها في الربع عن %Ln فقط.</numerusform>
            <numerusform>مخزن المؤسسة %1، مقروء باسم %2 (مدير): أرباع التقويم الميلادي، والفرق التي لا يقل عدد نتائجها في الربع عن %Ln فقط.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to compare yet</source>
        <translation>لا شيء للمقارنة بعد</translation>
    </message>
    <message numerus="yes">
        <source>The organisation store shows a team&apos;s quarter once it holds %Ln or more results of that team. Results reach the store when team leads publish them from their laptops.</source>
        <translation>
            <numerusform>يعرض مخزن المؤسسة ربع الفريق متى بلغ عدد نتائجه فيه %Ln على الأقل. تصل النتائج إلى المخزن حين ينشرها قادة الفرق من حواسيبهم.</numerusform>
            <numerusform>يعرض مخزن المؤسسة ربع الفريق متى بلغ عدد نتائجه فيه %Ln على الأقل. تصل النتائج إلى المخزن حين ينشرها قادة الفرق من حواسيبهم.</numerusform>
            <numerusform>يعرض مخزن المؤسسة ربع الفريق متى بلغ عدد نتائجه فيه %Ln على الأقل. تصل النتائج إلى المخزن حين ينشرها قادة الفرق من حواسيبهم.</numerusform>
            <numerusform>يعرض مخزن المؤسسة ربع الفريق متى بلغ عدد نتائجه فيه %Ln على الأقل. تصل النتائج إلى المخزن حين ينشرها قادة الفرق من حواسيبهم.</numerusform>
            <numerusform>يعرض مخزن المؤسسة ربع الفريق متى بلغ عدد نتائجه فيه %Ln على الأقل. تصل النتائج إلى المخزن حين ينشرها قادة الفرق من حواسيبهم.</numerusform>
            <numerusform>يعرض مخزن المؤسسة ربع الفريق متى بلغ عدد نتائجه فيه %Ln على الأقل. تصل النتائج إلى المخزن حين ينشرها قادة الفرق من حواسيبهم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation store %1, read as %2: the results of the teams you may see.</source>
        <translation>مخزن المؤسسة %1، مقروء باسم %2: نتائج الفرق المسموح لك برؤيتها.</translation>
    </message>
    <message>
        <source>The organisation store holds no results of your teams yet: they reach it when results are published to it from a laptop.</source>
        <translation>لا يحوي مخزن المؤسسة أي نتائج لفرقك بعد: تصل إليه النتائج حين تُنشر إليه من حاسوب محمول.</translation>
    </message>
</context>
<context>
    <name>rater::gui::ConnectStoreDialog</name>
    <message>
        <source>Connect to Organisation Store</source>
        <translation>الاتصال بمخزن المؤسسة</translation>
    </message>
    <message>
        <source>The organisation&apos;s store is a PostgreSQL database that every team&apos;s results are sent to. Once connected, the Comparison tab shows the teams it holds, as far as your login may see them.</source>
        <translation>مخزن المؤسسة قاعدة بيانات PostgreSQL تُرسل إليها نتائج كل الفرق. بعد الاتصال يعرض تبويب المقارنة الفرق التي يحويها، بقدر ما يسمح به حسابك.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>الخادم (&amp;S):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>المنفذ (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>قاعدة البيانات (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>اسم الدخول (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور (&amp;P):</translation>
    </message>
    <message>
        <source>for example db.example.org</source>
        <translation>مثلًا db.example.org</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>اتصال (&amp;C)</translation>
    </message>
    <message>
        <source>Publish to Organisation Store</source>
        <translation>النشر في مخزن المؤسسة</translation>
    </message>
    <message>
        <source>Sends the organisation&apos;s store the results of this computer&apos;s database that it does not hold yet. A team lead sends the results of their own teams; the others stay here.</source>
        <translation>يرسل إلى مخزن المؤسسة نتائج قاعدة بيانات هذا الحاسوب التي لا يحويها بعد. يرسل قائد الفريق نتائج فرقه هو؛ وتبقى النتائج الأخرى هنا.</translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation>نشر (&amp;U)</translation>
    </message>
    <message>
        <source>Filled in from the system keychain. Rater never writes the password in its own settings.</source>
        <translation>مُلئت من سلسلة مفاتيح النظام. لا يكتب Rater كلمة المرور أبدًا في إعداداته.</translation>
    </message>
    <message>
        <source>Rater never writes the password in its own settings. Leave it empty to use your ~/.pgpass file.</source>
        <translation>لا يكتب Rater كلمة المرور أبدًا في إعداداته. اتركها فارغة لاستخدام ملف ‎~/.pgpass الخاص بك.</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>الاحتفاظ بكلمة المرور في سلسلة مفاتيح النظام (&amp;K)</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached, so the password is asked for each time. Leave it empty to use your ~/.pgpass file.</source>
        <translation>تعذّر الوصول إلى سلسلة مفاتيح النظام، لذا تُطلب كلمة المرور في كل مرة. اتركها فارغة لاستخدام ملف ‎~/.pgpass الخاص بك.</translation>
    </message>
</context>
<context>
    <name>rater::gui::EditActionDialog</name>
    <message>
        <source>Edit Action</source>
        <translation>تعديل الإجراء</translation>
    </message>
    <message>
        <source>An action of %1.</source>
        <translation>إجراء لفريق %1.</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>البُعد (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>الإجراء (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ (&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>rater::gui::GuideWindow</name>
    <message>
        <source>Rater User Guide</source>
        <translation>دليل مستخدم Rater</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <source>The user guide is not installed: %1 is missing. Installing Rater again puts it back.</source>
        <translation>دليل المستخدم غير مثبّت: %1 مفقود. تثبيت Rater من جديد يعيده.</translation>
    </message>
</context>
<context>
    <name>rater::gui::HistoryView</name>
    <message>
        <source>&amp;Teams:</source>
        <translation>الفرق (&amp;T):</translation>
    </message>
    <message>
        <source>Teams to show</source>
        <translation>الفرق المعروضة</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>الفترة (&amp;P):</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>ربع سنة</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>نصف سنة</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>Period length</source>
        <translation>طول الفترة</translation>
    </message>
    <message>
        <source>&amp;Year starts in month:</source>
        <translation>تبدأ السنة في الشهر (&amp;Y):</translation>
    </message>
    <message>
        <source>Month the fiscal year starts in</source>
        <translation>الشهر الذي تبدأ فيه السنة المالية</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>تصدير (&amp;X)…</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>تصدير السجل</translation>
    </message>
    <message>
        <source>Mean total by period</source>
        <translation>متوسط المجموع حسب الفترة</translation>
    </message>
    <message>
        <source>Mean dimension scores by period</source>
        <translation>متوسطات الأبعاد حسب الفترة</translation>
    </message>
    <message>
        <source>Dimensions by period</source>
        <translation>الأبعاد حسب الفترة</translation>
    </message>
    <message>
        <source>Dimensions by period: %1</source>
        <translation>الأبعاد حسب الفترة: %1</translation>
    </message>
    <message>
        <source>Score history</source>
        <translation>سجل الدرجات</translation>
    </message>
    <message>
        <source>Teams: %1</source>
        <translation>الفرق: %1</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>المجاميع</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>الأبعاد</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>تقرير PDF…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>مصنف Excel…</translation>
    </message>
    <message>
        <source>Total chart as PNG…</source>
        <translation>مخطط المجموع بصيغة PNG…</translation>
    </message>
    <message>
        <source>Dimension chart as PNG…</source>
        <translation>مخطط الأبعاد بصيغة PNG…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG ‏(*.png)</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>لا نتائج بعد</translation>
    </message>
    <message>
        <source>History charts each team&apos;s mean score period by period, against the three bands, and marks which changes are larger than chance. It fills as results are saved: take the quiz, import results, or open the demo database to see three years of four teams.</source>
        <translation>يرسم السجل متوسط درجة كل فريق فترةً بعد فترة، مقابل الفئات الثلاث، ويبيّن أي التغيّرات أكبر من أن تكون مصادفة. يمتلئ كلما حُفظت نتائج: أجب عن الاختبار، أو استورد نتائج، أو افتح قاعدة البيانات التجريبية لترى ثلاث سنوات لأربعة فرق.</translation>
    </message>
    <message>
        <source>There is nothing to export yet: choose a team that has results.</source>
        <translation>لا شيء للتصدير بعد: اختر فريقًا له نتائج.</translation>
    </message>
    <message>
        <source>The results cannot be read</source>
        <translation>تتعذّر قراءة النتائج</translation>
    </message>
    <message>
        <source>▲ ▼ a real rise or fall: the 95% interval of the difference from the previous period excludes zero. ≈ within the noise. ? a single assessment, too few to tell.</source>
        <translation>▲ ▼ ارتفاع أو انخفاض حقيقي: مجال الثقة ٩٥٪ للفرق عن الفترة السابقة لا يشمل الصفر. ≈ ضمن التذبذب. ? تقييم واحد، أقل من أن يُحكم به.</translation>
    </message>
    <message>
        <source>A manager&apos;s login reads the teams&apos; quarters side by side, in Comparison.</source>
        <translation>يقرأ حساب دخول المدير أرباع الفرق جنبًا إلى جنب، في تبويب المقارنة.</translation>
    </message>
    <message>
        <source>Organisation store %1, read as %2: the results of the teams you may see.</source>
        <translation>مخزن المؤسسة %1، مقروء باسم %2: نتائج الفرق المسموح لك برؤيتها.</translation>
    </message>
    <message>
        <source>&amp;This Computer&apos;s Results</source>
        <translation>نتائج هذا الحاسوب (&amp;T)</translation>
    </message>
    <message>
        <source>Disconnect from the organisation store and show the history of this computer&apos;s results</source>
        <translation>قطع الاتصال بمخزن المؤسسة وعرض تاريخ نتائج هذا الحاسوب</translation>
    </message>
    <message>
        <source>Action done</source>
        <translation>إجراء مُنجز</translation>
    </message>
</context>
<context>
    <name>rater::gui::MainWindow</name>
    <message>
        <source>Your unfinished answers were restored.</source>
        <translation>استُعيدت إجاباتك غير المكتملة.</translation>
    </message>
    <message>
        <source>About Rater</source>
        <translation>عن Rater</translation>
    </message>
    <message>
        <source>Rater — %1</source>
        <translation>Rater — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Quiz</source>
        <translation>اختبار جديد (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save Result</source>
        <translation>حفظ النتيجة (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export Result as PDF…</source>
        <translation>تصدير النتيجة بصيغة PDF (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print Result…</source>
        <translation>طباعة النتيجة (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Automatic (by language)</source>
        <translation>تلقائي (حسب اللغة) (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Gregorian</source>
        <translation>ميلادي (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Solar Hijri (Jalali)</source>
        <translation>هجري شمسي (جلالي) (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Islamic (civil)</source>
        <translation>هجري قمري (مدني) (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Rater</source>
        <translation>عن Rater (&amp;A)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>The result could not be saved.</source>
        <translation>تعذّر حفظ النتيجة.</translation>
    </message>
    <message>
        <source>Result saved to %1.</source>
        <translation>حُفظت النتيجة في %1.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>صُدّرت إلى %1.</translation>
    </message>
    <message>
        <source>rater-result-%1.pdf</source>
        <translation>rater-result-%1.pdf</translation>
    </message>
    <message>
        <source>Export Result as PDF</source>
        <translation>تصدير النتيجة بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>السجل (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>المقارنة (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quiz and Result</source>
        <translation>الاختبار والنتيجة (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Workshops</source>
        <translation>ورش العمل (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Import Results…</source>
        <translation>استيراد النتائج (&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport Results…</source>
        <translation>تصدير النتائج (&amp;X)…</translation>
    </message>
    <message>
        <source>Q&amp;uestionnaire</source>
        <translation>الاستبيان (&amp;U)</translation>
    </message>
    <message>
        <source>New &amp;Database…</source>
        <translation>قاعدة بيانات جديدة (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>فتح قاعدة بيانات (&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح الأخيرة (&amp;R)</translation>
    </message>
    <message>
        <source>Open De&amp;mo Database</source>
        <translation>فتح قاعدة البيانات التجريبية (&amp;M)</translation>
    </message>
    <message>
        <source>Take the Quiz</source>
        <translation>الإجابة عن الاختبار</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>الاختبار</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>ورش العمل</translation>
    </message>
    <message>
        <source>Calen&amp;dar</source>
        <translation>التقويم (&amp;D)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>The answers cannot be scored.</source>
        <translation>يتعذّر حساب درجة هذه الإجابات.</translation>
    </message>
    <message>
        <source>Save these answers first?</source>
        <translation>أتحفظ هذه الإجابات أولًا؟</translation>
    </message>
    <message>
        <source>Every statement is answered, but the result has not been saved yet.</source>
        <translation>أُجيب عن كل العبارات، لكن النتيجة لم تُحفظ بعد.</translation>
    </message>
    <message>
        <source>%1 of %2 statements are answered; they will be cleared.</source>
        <translation>أُجيب عن %1 من %2 عبارة، وستُمحى الإجابات.</translation>
    </message>
    <message>
        <source>Discard the answers given so far?</source>
        <translation>أتتخلّى عن الإجابات المقدّمة حتى الآن؟</translation>
    </message>
    <message>
        <source>Save this result first?</source>
        <translation>أتحفظ هذه النتيجة أولًا؟</translation>
    </message>
    <message>
        <source>The result on screen has not been saved yet; without saving, it is lost.</source>
        <translation>النتيجة المعروضة لم تُحفظ بعد؛ وإن لم تُحفظ ضاعت.</translation>
    </message>
    <message>
        <source>The result could not be exported.</source>
        <translation>تعذّر تصدير النتيجة.</translation>
    </message>
    <message>
        <source>This database cannot be opened; the one in use stays open.</source>
        <translation>تعذّر فتح قاعدة البيانات هذه؛ وتبقى المستخدمة مفتوحة.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>فُتحت %1.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 موجود من قبل.</translation>
    </message>
    <message>
        <source>A new database needs a name of its own. To use this file, choose File ▸ Open Database.</source>
        <translation>قاعدة البيانات الجديدة تحتاج إلى اسم خاص بها. لاستخدام هذا الملف اختر ملف ◂ فتح قاعدة بيانات.</translation>
    </message>
    <message>
        <source>No databases opened yet</source>
        <translation>لم تُفتح أي قاعدة بيانات بعد</translation>
    </message>
    <message>
        <source>&amp;Clear This List</source>
        <translation>مسح هذه القائمة (&amp;C)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <source>Rater databases (*.sqlite *.db);;All files (*)</source>
        <translation>قواعد بيانات Rater ‏(*.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <source>results.sqlite</source>
        <translation>results.sqlite</translation>
    </message>
    <message>
        <source>Rater databases (*.sqlite)</source>
        <translation>قواعد بيانات Rater ‏(*.sqlite)</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>لا قاعدة بيانات مفتوحة.</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… و%1 مشكلات أخرى</translation>
    </message>
    <message>
        <source>Results imported from %1: %2.</source>
        <translation>النتائج المستوردة من %1: %2.</translation>
    </message>
    <message>
        <source>They are stored in %1.</source>
        <translation>حُفظت في %1.</translation>
    </message>
    <message>
        <source>Import Results</source>
        <translation>استيراد النتائج</translation>
    </message>
    <message>
        <source>Results (*.csv *.json)</source>
        <translation>النتائج ‏(*.csv *.json)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>%1: give the file a .csv, .json or .xlsx name</source>
        <translation>%1: أعطِ الملف اسمًا ينتهي بـ ‎.csv أو ‎.json أو ‎.xlsx</translation>
    </message>
    <message>
        <source>Results exported to %1: %2.</source>
        <translation>النتائج المصدّرة إلى %1: %2.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON ‏(*.json)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>تصدير النتائج</translation>
    </message>
    <message>
        <source>rater-results-%1.csv</source>
        <translation>rater-results-%1.csv</translation>
    </message>
    <message>
        <source>The results could not be exported.</source>
        <translation>تعذّر تصدير النتائج.</translation>
    </message>
    <message>
        <source>This questionnaire cannot be used; the one in use stays.</source>
        <translation>يتعذّر استخدام هذا الاستبيان؛ ويبقى المستخدم حاليًا.</translation>
    </message>
    <message>
        <source>Questionnaire: %1</source>
        <translation>الاستبيان: %1</translation>
    </message>
    <message>
        <source>&amp;From File…</source>
        <translation>من ملف (&amp;F)…</translation>
    </message>
    <message>
        <source>Questionnaire File</source>
        <translation>ملف استبيان</translation>
    </message>
    <message>
        <source>Questionnaires (*.json)</source>
        <translation>الاستبيانات ‏(*.json)</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Results may be missing from lists and charts; restore a backup, or export what can still be read.</source>
        <translation>قاعدة البيانات %1 تالفة. قد تغيب نتائج عن القوائم والمخططات؛ استعد نسخة احتياطية، أو صدّر ما يمكن قراءته بعد.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Change Log…</source>
        <translation>سجل التعديلات (&amp;C)…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>القيود</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>القيود (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>تراجع عن %1 (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إعادة %1 (&amp;R)</translation>
    </message>
    <message>
        <source>Already stored, and not stored again: %1.</source>
        <translation>محفوظة من قبل، ولم تُحفظ مرة أخرى: %1.</translation>
    </message>
    <message>
        <source>&amp;Connect to Organisation Store…</source>
        <translation>الاتصال بمخزن المؤسسة (&amp;C)…</translation>
    </message>
    <message>
        <source>Disconnec&amp;t from Organisation Store</source>
        <translation>قطع الاتصال بمخزن المؤسسة (&amp;T)</translation>
    </message>
    <message>
        <source>Rater could not connect to the organisation store.</source>
        <translation>تعذّر على Rater الاتصال بمخزن المؤسسة.</translation>
    </message>
    <message>
        <source>The login %1 has no Rater role in the organisation store.</source>
        <translation>ليس لاسم الدخول %1 أي دور في Rater ضمن مخزن المؤسسة.</translation>
    </message>
    <message>
        <source>The store&apos;s administrator gives it one, for example with: rater-cli org grant --manager %1</source>
        <translation>يمنحه مسؤول المخزن دورًا، مثلًا بالأمر: rater-cli org grant --manager %1</translation>
    </message>
    <message>
        <source>Connected to the organisation store %1.</source>
        <translation>تم الاتصال بمخزن المؤسسة %1.</translation>
    </message>
    <message>
        <source>Disconnected from the organisation store.</source>
        <translation>قُطع الاتصال بمخزن المؤسسة.</translation>
    </message>
    <message>
        <source>Pu&amp;blish to Organisation Store…</source>
        <translation>النشر في مخزن المؤسسة (&amp;B)…</translation>
    </message>
    <message>
        <source>Publishing this computer&apos;s results to %1…</source>
        <translation>جارٍ نشر نتائج هذا الحاسوب في %1…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Publish to Organisation Store</source>
        <translation>النشر في مخزن المؤسسة</translation>
    </message>
    <message>
        <source>Publishing this computer&apos;s results to %1: %2 of %3…</source>
        <translation>جارٍ نشر نتائج هذا الحاسوب في %1: %2 من %3…</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 results; the store keeps those it confirmed, and the next publishing sends the rest.</source>
        <translation>توقف النشر بعد %1 من %2 نتيجة؛ يحتفظ المخزن بما أكّد استلامه، ويرسل النشر التالي الباقي.</translation>
    </message>
    <message>
        <source>Not every result was published.</source>
        <translation>لم تُنشر كل النتائج.</translation>
    </message>
    <message>
        <source>Published to the organisation store %1.</source>
        <translation>نُشرت النتائج في مخزن المؤسسة %1.</translation>
    </message>
    <message>
        <source>The system keychain did not take the change: %1</source>
        <translation>لم تقبل سلسلة مفاتيح النظام التغيير: %1</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>الإجراءات (&amp;A)</translation>
    </message>
    <message>
        <source>The actions were not saved</source>
        <translation>لم تُحفظ الإجراءات</translation>
    </message>
    <message>
        <source>Actions planned for %1: %2. The Actions tab (Ctrl+6) follows them.</source>
        <translation>إجراءات مخططة لـ %1: %2. تتابعها علامة تبويب الإجراءات (Ctrl+6).</translation>
    </message>
    <message>
        <source>Actions planned: %1. The Actions tab (Ctrl+6) follows them.</source>
        <translation>إجراءات مخططة: %1. تتابعها علامة تبويب الإجراءات (Ctrl+6).</translation>
    </message>
    <message>
        <source>%1: record %2: %3</source>
        <translation>%1: السجل %2: %3</translation>
    </message>
    <message>
        <source>Actions imported: %1; already stored, and not stored again: %2.</source>
        <translation>الإجراءات المستوردة: %1؛ والمحفوظة من قبل فلم تُحفظ ثانية: %2.</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>دليل المستخدم (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح (&amp;K)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rater %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The RATER customer-service self-assessment: seventeen statements, a total from 17 to 85, and five dimensions: Reliability, Assurance, Tangibles, Empathy and Responsiveness.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Built with %3, running on %4.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rater %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;التقييم الذاتي لخدمة العملاء وفق نموذج RATER: سبع عشرة عبارة، ومجموع من ١٧ إلى ٨٥، وخمسة أبعاد: الاعتمادية والضمان والجوانب الملموسة والتعاطف والاستجابة.&lt;/p&gt;&lt;p&gt;قاعدة البيانات: %2&lt;/p&gt;&lt;p&gt;بُني مع %3، ويعمل على %4.&lt;/p&gt;&lt;p&gt;مرخَّص بموجب رخصة غنو العمومية العامة، الإصدار ٣ أو أي إصدار لاحق (GPL-3.0-or-later). يأتي دون أي ضمان.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rater::gui::PlanActionsDialog</name>
    <message>
        <source>Plan Actions</source>
        <translation>تخطيط الإجراءات</translation>
    </message>
    <message>
        <source>Actions for %1. Tick the tips the team will act on, and reword them as it commits to them; add one of its own below.</source>
        <translation>إجراءات %1. علّم النصائح التي سيعمل بها الفريق، وأعد صياغتها كما يلتزم بها؛ وأضف إجراءً من عنده في الأسفل.</translation>
    </message>
    <message>
        <source>Plan this action</source>
        <translation>خطّط هذا الإجراء</translation>
    </message>
    <message>
        <source>The team&apos;s own action</source>
        <translation>إجراء من الفريق نفسه</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>البُعد</translation>
    </message>
    <message>
        <source>What the team will do</source>
        <translation>ما سيفعله الفريق</translation>
    </message>
    <message>
        <source>&amp;Add Actions</source>
        <translation>إضافة الإجراءات (&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>rater::gui::QuizPage</name>
    <message>
        <source>&amp;Team:</source>
        <translation>الفريق (&amp;T):</translation>
    </message>
    <message>
        <source>Name of the team you are rating</source>
        <translation>اسم الفريق الذي تقيّمه</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>&amp;Respondent code:</source>
        <translation>رمز المشارك (&amp;R):</translation>
    </message>
    <message>
        <source>Optional; a code, never a name</source>
        <translation>اختياري؛ رمز وليس اسمًا</translation>
    </message>
    <message>
        <source>Respondent code (optional)</source>
        <translation>رمز المشارك (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ (&amp;D):</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>تاريخ الإجابة</translation>
    </message>
    <message>
        <source>Date taken, in words</source>
        <translation>تاريخ الإجابة بالكلمات</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>العبارات</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Show &amp;Unanswered</source>
        <translation>عرض غير المُجاب (&amp;U)</translation>
    </message>
    <message>
        <source>Show the statements not answered yet</source>
        <translation>عرض العبارات التي لم تُجَب بعد</translation>
    </message>
    <message>
        <source>&amp;See Results</source>
        <translation>عرض النتائج (&amp;S)</translation>
    </message>
    <message>
        <source>See results</source>
        <translation>عرض النتائج</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>أُجيب عن %1 من %2</translation>
    </message>
    <message>
        <source>The team name is missing.</source>
        <translation>اسم الفريق غير مكتوب.</translation>
    </message>
    <message>
        <source>Statements not answered yet: %1.</source>
        <translation>عبارات لم تُجَب بعد: %1.</translation>
    </message>
    <message>
        <source>Your unfinished answers were restored.</source>
        <translation>استُعيدت إجاباتك غير المكتملة.</translation>
    </message>
    <message>
        <source>Open actions for %1: %2, overdue: %3</source>
        <translation>الإجراءات المفتوحة لـ %1: %2، منها متأخرة: %3</translation>
    </message>
    <message>
        <source>Open actions for %1: %2</source>
        <translation>الإجراءات المفتوحة لـ %1: %2</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>متأخر منذ %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>موعده %1</translation>
    </message>
</context>
<context>
    <name>rater::gui::RecordsView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>العرض (&amp;S):</translation>
    </message>
    <message>
        <source>Stored results</source>
        <translation>النتائج المحفوظة</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>سلة المحذوفات</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>الفريق (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>الفترة (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>ورشة العمل (&amp;W):</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف (&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>إعادة من السلة (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Edit Result…</source>
        <translation>تحرير النتيجة (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Move to Team…</source>
        <translation>نقل إلى فريق (&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;name Team…</source>
        <translation>إعادة تسمية الفريق (&amp;N)…</translation>
    </message>
    <message>
        <source>Mer&amp;ge Team into Another…</source>
        <translation>دمج الفريق في فريق آخر (&amp;G)…</translation>
    </message>
    <message>
        <source>Remove from &amp;Workshop</source>
        <translation>إخراج من ورشة العمل (&amp;W)</translation>
    </message>
    <message>
        <source>Empty &amp;Bin…</source>
        <translation>إفراغ السلة (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>إعادة من السلة (&amp;R)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>تحرير (&amp;I)…</translation>
    </message>
    <message>
        <source>Tea&amp;ms</source>
        <translation>الفرق (&amp;M)</translation>
    </message>
    <message>
        <source>Remove from Wor&amp;kshop</source>
        <translation>إخراج من ورشة العمل (&amp;K)</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>لا نتائج بعد</translation>
    </message>
    <message>
        <source>Every stored result will be listed here, to find one and correct it: change its team, date or code, delete it or bring it back.</source>
        <translation>ستظهر هنا كل نتيجة محفوظة، للعثور على أي منها وتصحيحها: تغيير فريقها أو تاريخها أو رمزها، أو حذفها أو إعادتها.</translation>
    </message>
    <message>
        <source>The results cannot be read</source>
        <translation>تتعذّر قراءة النتائج</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>كل الفرق</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>كل الفترات</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>كل ورش العمل</translation>
    </message>
    <message>
        <source>The results cannot be read.</source>
        <translation>تتعذّر قراءة النتائج.</translation>
    </message>
    <message>
        <source>In the bin: %1</source>
        <translation>في سلة المحذوفات: %1</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>النتائج: %1</translation>
    </message>
    <message>
        <source>The correction could not be made; nothing was changed.</source>
        <translation>تعذّر إجراء التصحيح؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The correction was not made.</source>
        <translation>لم يُجرَ التصحيح.</translation>
    </message>
    <message>
        <source>This step cannot be undone or redone, and leaves the list of steps.</source>
        <translation>لا يمكن التراجع عن هذه الخطوة أو إعادتها، وستُزال من قائمة الخطوات.</translation>
    </message>
    <message>
        <source>deletion of result %1</source>
        <translation>حذف النتيجة %1</translation>
    </message>
    <message>
        <source>deletion of results %1</source>
        <translation>حذف النتائج %1</translation>
    </message>
    <message>
        <source>restore of result %1</source>
        <translation>إعادة النتيجة %1</translation>
    </message>
    <message>
        <source>restore of results %1</source>
        <translation>إعادة النتائج %1</translation>
    </message>
    <message>
        <source>The result cannot be read.</source>
        <translation>تتعذّر قراءة النتيجة.</translation>
    </message>
    <message>
        <source>Edit Result %1</source>
        <translation>تحرير النتيجة %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Respondent code</source>
        <translation>رمز المشارك</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ (&amp;D):</translation>
    </message>
    <message>
        <source>Respondent &amp;code:</source>
        <translation>رمز المشارك (&amp;C):</translation>
    </message>
    <message>
        <source>correction of result %1</source>
        <translation>تصحيح النتيجة %1</translation>
    </message>
    <message>
        <source>Move to Team</source>
        <translation>نقل إلى فريق</translation>
    </message>
    <message>
        <source>Move result %1 to the team:</source>
        <translation>نقل النتيجة %1 إلى الفريق:</translation>
    </message>
    <message>
        <source>Move results %1 to the team:</source>
        <translation>نقل النتائج %1 إلى الفريق:</translation>
    </message>
    <message>
        <source>move of results %1 to %2</source>
        <translation>نقل النتائج %1 إلى %2</translation>
    </message>
    <message>
        <source>Rename Team</source>
        <translation>إعادة تسمية الفريق</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>الاسم الجديد لـ %1:</translation>
    </message>
    <message>
        <source>There is already a team %1. Merge %2 into it, so that their results are one team&apos;s?</source>
        <translation>يوجد فريق باسم %1. هل تدمج %2 فيه لتصبح نتائجهما نتائج فريق واحد؟</translation>
    </message>
    <message>
        <source>merge of %1 into %2</source>
        <translation>دمج %1 في %2</translation>
    </message>
    <message>
        <source>rename of %1</source>
        <translation>إعادة تسمية %1</translation>
    </message>
    <message>
        <source>There is no other team to merge %1 into.</source>
        <translation>لا يوجد فريق آخر لدمج %1 فيه.</translation>
    </message>
    <message>
        <source>Merge Team</source>
        <translation>دمج الفريق</translation>
    </message>
    <message>
        <source>Merge %1 into the team:</source>
        <translation>دمج %1 في الفريق:</translation>
    </message>
    <message>
        <source>removal of result %1 from its workshop</source>
        <translation>إخراج النتيجة %1 من ورشة عملها</translation>
    </message>
    <message>
        <source>removal of results %1 from their workshops</source>
        <translation>إخراج النتائج %1 من ورش عملها</translation>
    </message>
    <message>
        <source>The bin cannot be read.</source>
        <translation>تتعذّر قراءة سلة المحذوفات.</translation>
    </message>
    <message>
        <source>Delete the %1 results in the bin for good? They will be gone from this database, and this cannot be undone.</source>
        <translation>هل تحذف النتائج الموجودة في سلة المحذوفات (%1) نهائيًا؟ ستزول من قاعدة البيانات هذه، ولا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>The bin could not be emptied; nothing was deleted.</source>
        <translation>تعذّر إفراغ سلة المحذوفات؛ لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <source>Finds results by part of their team, respondent code or workshop, or by id (Ctrl+F)</source>
        <translation>يجد النتائج بجزء من اسم فريقها أو رمز المشارك أو ورشة العمل، أو بالمعرّف (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>rater::gui::ResultsPage</name>
    <message>
        <source>Saved</source>
        <translation>حُفظت</translation>
    </message>
    <message>
        <source>&amp;Save Result</source>
        <translation>حفظ النتيجة (&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>تصدير بصيغة PDF (&amp;X)…</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>تصدير بصيغة PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة (&amp;P)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>&amp;New Quiz</source>
        <translation>اختبار جديد (&amp;N)</translation>
    </message>
    <message>
        <source>New quiz</source>
        <translation>اختبار جديد</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>الأبعاد</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>من أين تبدأ</translation>
    </message>
    <message>
        <source>Statement by statement</source>
        <translation>عبارة عبارة</translation>
    </message>
    <message>
        <source>Answers and item scores for each statement</source>
        <translation>الإجابات ودرجات العبارات لكل عبارة</translation>
    </message>
    <message>
        <source>Dimension scores</source>
        <translation>درجات الأبعاد</translation>
    </message>
    <message>
        <source>Total: %1 of %2</source>
        <translation>المجموع: %1 من %2</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>الفريق: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>التاريخ: %1</translation>
    </message>
    <message>
        <source>Respondent: %1</source>
        <translation>المشارك: %1</translation>
    </message>
    <message>
        <source>Possible range: %1 to %2</source>
        <translation>المدى الممكن: من %1 إلى %2</translation>
    </message>
    <message>
        <source>Dimension scores (percent)</source>
        <translation>درجات الأبعاد (نسبة مئوية)</translation>
    </message>
    <message>
        <source>Dimension profile</source>
        <translation>ملامح الأبعاد</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>البُعد</translation>
    </message>
    <message>
        <source>Mean (%1 to %2)</source>
        <translation>المتوسط (من %1 إلى %2)</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>النسبة المئوية</translation>
    </message>
    <message>
        <source>Print Result</source>
        <translation>طباعة النتيجة</translation>
    </message>
    <message>
        <source>P&amp;lan Actions…</source>
        <translation>تخطيط الإجراءات… (&amp;L)</translation>
    </message>
    <message>
        <source>Plan actions</source>
        <translation>تخطيط الإجراءات</translation>
    </message>
    <message>
        <source>Turn the weakest dimensions&apos; tips into the team&apos;s actions</source>
        <translation>حوّل نصائح أضعف الأبعاد إلى إجراءات للفريق</translation>
    </message>
    <message>
        <source>Save the result first: the actions belong to its team</source>
        <translation>احفظ النتيجة أولًا: فالإجراءات تخص فريقها</translation>
    </message>
</context>
<context>
    <name>rater::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>rater::gui::StatementRow</name>
    <message>
        <source>Statement %1: %2</source>
        <translation>العبارة %1: %2</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>الإجابة: %1</translation>
    </message>
    <message>
        <source>Not answered yet. Press a number from %1 to %2 to answer.</source>
        <translation>لم تُجَب بعد. اضغط رقمًا من %1 إلى %2 للإجابة.</translation>
    </message>
    <message>
        <source>Marked: %1; press Space to answer so.</source>
        <translation>المحدَّد: %1؛ اضغط المسافة لتجيب به.</translation>
    </message>
</context>
<context>
    <name>rater::gui::WorkshopsView</name>
    <message>
        <source>&amp;Workshop:</source>
        <translation>ورشة العمل (&amp;W):</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ورشة العمل</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>ورشة عمل جديدة (&amp;N)…</translation>
    </message>
    <message>
        <source>Pass the &amp;Laptop</source>
        <translation>تمرير الحاسوب (&amp;L)</translation>
    </message>
    <message>
        <source>Pape&amp;r Entry</source>
        <translation>إدخال الاستمارات الورقية (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Group View</source>
        <translation>عرض المجموعة (&amp;G)</translation>
    </message>
    <message>
        <source>Thank you. Your answers are saved.
Please hand the laptop to the next participant.</source>
        <translation>شكرًا لك. حُفظت إجاباتك.
من فضلك سلّم الحاسوب إلى المشارك التالي.</translation>
    </message>
    <message>
        <source>&amp;Next Participant</source>
        <translation>المشارك التالي (&amp;N)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Paper forms</source>
        <translation>الاستمارات الورقية</translation>
    </message>
    <message>
        <source>&amp;Save Forms</source>
        <translation>حفظ الاستمارات (&amp;S)</translation>
    </message>
    <message>
        <source>New Workshop</source>
        <translation>ورشة عمل جديدة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>الميسّر</translation>
    </message>
    <message>
        <source>Team (optional)</source>
        <translation>الفريق (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>الميسّر (&amp;F):</translation>
    </message>
    <message>
        <source>T&amp;eam (optional):</source>
        <translation>الفريق، اختياري (&amp;E):</translation>
    </message>
    <message>
        <source>Import Participants</source>
        <translation>استيراد المشاركين</translation>
    </message>
    <message>
        <source>Results (*.csv *.json)</source>
        <translation>النتائج ‏(*.csv *.json)</translation>
    </message>
    <message>
        <source>Workshop report (PDF)…</source>
        <translation>تقرير ورشة العمل (PDF)…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>Dimension chart as PNG…</source>
        <translation>مخطط الأبعاد بصيغة PNG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG ‏(*.png)</translation>
    </message>
    <message>
        <source>Statement chart as PNG…</source>
        <translation>مخطط العبارات بصيغة PNG…</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>استيراد ملف (&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>تصدير (&amp;X)…</translation>
    </message>
    <message>
        <source> participants</source>
        <translation> مشاركين</translation>
    </message>
    <message>
        <source>Fewest participants for group figures</source>
        <translation>أقل عدد من المشاركين لعرض أرقام المجموعة</translation>
    </message>
    <message>
        <source>Create a workshop first.</source>
        <translation>أنشئ ورشة عمل أولًا.</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… و%1 مشكلات أخرى</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>طباعة التقرير (&amp;P)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Language of the workshop</source>
        <translation>لغة ورشة العمل</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة (&amp;L):</translation>
    </message>
    <message>
        <source>End Pass the Laptop (Facilitator)…</source>
        <translation>إنهاء تمرير الحاسوب (للميسّر)…</translation>
    </message>
    <message>
        <source>&amp;Show group figures from:</source>
        <translation>إظهار أرقام المجموعة ابتداءً من (&amp;S):</translation>
    </message>
    <message>
        <source>No workshops yet</source>
        <translation>لا ورش عمل بعد</translation>
    </message>
    <message>
        <source>A workshop gathers the answers of a group, on this laptop, from paper forms or from participants&apos; files, and shows the group&apos;s picture for the projector. Create one to begin, or open the demo database to see two.</source>
        <translation>تجمع ورشة العمل إجابات مجموعة، على هذا الحاسوب أو من الاستمارات الورقية أو من ملفات المشاركين، وتعرض صورة المجموعة على جهاز العرض. أنشئ ورشة لتبدأ، أو افتح قاعدة البيانات التجريبية لترى ورشتين.</translation>
    </message>
    <message>
        <source>Type each paper form on its own row: an optional code, then one digit for each of the %1 answers (41253… and so on). A row with a problem turns red, and the problem is named below the table.</source>
        <translation>اكتب كل استمارة ورقية في صف خاص بها: رمز اختياري، ثم رقم واحد لكل إجابة من الإجابات الـ%1 (41253… وهكذا). يصبح الصف الذي فيه مشكلة أحمر، وتُذكر المشكلة تحت الجدول.</translation>
    </message>
    <message>
        <source>Participants are recorded under this team, else the title</source>
        <translation>يُسجَّل المشاركون تحت هذا الفريق، وإلا فتحت العنوان</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>إنشاء (&amp;R)</translation>
    </message>
    <message>
        <source>The workshop could not be created.</source>
        <translation>تعذّر إنشاء ورشة العمل.</translation>
    </message>
    <message>
        <source>Record these participants under “%1”?</source>
        <translation>أتسجّل هؤلاء المشاركين تحت «%1»؟</translation>
    </message>
    <message>
        <source>The file names %1, but everyone who takes part in the workshop “%2” is recorded under “%3”, so that the workshop&apos;s figures stay together.</source>
        <translation>يذكر الملف %1، لكن كل من يشارك في ورشة العمل «%2» يُسجَّل تحت «%3»، لتبقى أرقام الورشة معًا.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>أُلغي الاستيراد؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Participants imported into the workshop “%1”: %2.</source>
        <translation>المشاركون المستوردون إلى ورشة العمل «%1»: %2.</translation>
    </message>
    <message>
        <source>They are recorded under the team “%1”.</source>
        <translation>سُجّلوا تحت الفريق «%1».</translation>
    </message>
    <message>
        <source>The answers could not be saved.</source>
        <translation>تعذّر حفظ الإجابات.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
    <message>
        <source>The forms could not be saved; none was stored.</source>
        <translation>تعذّر حفظ الاستمارات؛ لم تُحفظ أي منها.</translation>
    </message>
    <message>
        <source>The workshops cannot be read</source>
        <translation>تتعذّر قراءة ورش العمل</translation>
    </message>
    <message>
        <source>The workshop cannot be read</source>
        <translation>تتعذّر قراءة ورشة العمل</translation>
    </message>
    <message>
        <source>Forms ready: %1</source>
        <translation>الاستمارات الجاهزة: %1</translation>
    </message>
    <message>
        <source>with a problem: %1</source>
        <translation>وفيها مشكلة: %1</translation>
    </message>
    <message>
        <source>Already stored, and not stored again: %1.</source>
        <translation>محفوظة من قبل، ولم تُحفظ مرة أخرى: %1.</translation>
    </message>
    <message>
        <source>The actions were not saved</source>
        <translation>لم تُحفظ الإجراءات</translation>
    </message>
    <message>
        <source>Plan &amp;Actions…</source>
        <translation>تخطيط الإجراءات… (&amp;A)</translation>
    </message>
    <message>
        <source>Turn the group&apos;s weakest dimensions&apos; tips into actions of the workshop&apos;s team</source>
        <translation>حوّل نصائح أضعف أبعاد المجموعة إلى إجراءات لفريق الورشة</translation>
    </message>
    <message>
        <source>The group is too small for its figures to be shown, or acted on.</source>
        <translation>المجموعة أصغر من أن تُعرض أرقامها أو يُبنى عليها.</translation>
    </message>
</context>
</TS>
