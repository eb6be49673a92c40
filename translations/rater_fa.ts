<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Answers</name>
    <message>
        <source>answer %1 of %2 is %3; answers run from %4 to %5</source>
        <translation>پاسخ %1 از %2 برابر %3 است؛ پاسخ‌ها از %4 تا %5 هستند</translation>
    </message>
    <message>
        <source>expected %1 answers, one for each statement, but got %2</source>
        <translation>انتظار %1 پاسخ می‌رفت، یکی برای هر عبارت، اما %2 پاسخ آمد</translation>
    </message>
    <message>
        <source>expected %1 answers separated by commas, one for each statement, but got %2</source>
        <translation>انتظار %1 پاسخ جداشده با ویرگول می‌رفت، یکی برای هر عبارت، اما %2 پاسخ آمد</translation>
    </message>
    <message>
        <source>answer %1 of %2 is empty</source>
        <translation>پاسخ %1 از %2 خالی است</translation>
    </message>
    <message>
        <source>answer %1 of %2 is &quot;%3&quot;, which is not a whole number</source>
        <translation>پاسخ %1 از %2 برابر «%3» است که عدد صحیح نیست</translation>
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
        <translation>کاربرد: rater-cli [--lang en|ar|fa] COMMAND [OPTIONS]

فرمان‌ها:
  score ANSWERS   امتیاز یک دسته پاسخ را حساب می‌کند؛ پاسخ‌ها عددهایی جداشده با ویرگول‌اند

برای دیدن گزینه‌های هر فرمان «rater-cli COMMAND --help» را اجرا کنید.
</translation>
    </message>
    <message>
        <source>no command given; run &quot;rater-cli --help&quot; for the commands</source>
        <translation>فرمانی داده نشده است؛ برای دیدن فرمان‌ها «rater-cli --help» را اجرا کنید</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run &quot;rater-cli --help&quot; for the commands</source>
        <translation>فرمان «%1» شناخته نیست؛ برای دیدن فرمان‌ها «rater-cli --help» را اجرا کنید</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use en, ar or fa</source>
        <translation>زبان «%1» شناخته نیست؛ یکی از en، ar یا fa را به کار ببرید</translation>
    </message>
    <message>
        <source>language of the output: en, ar or fa</source>
        <translation>زبان خروجی: en، ar یا fa</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>نمایش همین راهنما</translation>
    </message>
</context>
<context>
    <name>QuestionnaireLoader</name>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>سطح بالایی باید یک شیء JSON باشد</translation>
    </message>
    <message>
        <source>the version must be 1 or more</source>
        <translation>نسخه باید ۱ یا بیشتر باشد</translation>
    </message>
    <message>
        <source>expected an object in braces { }</source>
        <translation>اینجا یک شیء درون آکولاد { } لازم است</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; expected one of: %2</source>
        <translation>فیلد «%1» شناخته نیست؛ فیلدهای مجاز: %2</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>فیلد «%1» وجود ندارد</translation>
    </message>
    <message>
        <source>expected a list in brackets [ ]</source>
        <translation>اینجا یک فهرست درون کروشه [ ] لازم است</translation>
    </message>
    <message>
        <source>the list must not be empty</source>
        <translation>فهرست نباید خالی باشد</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>اینجا یک عدد صحیح لازم است</translation>
    </message>
    <message>
        <source>expected a text in quotes</source>
        <translation>اینجا یک متن درون گیومه لازم است</translation>
    </message>
    <message>
        <source>the text must not be empty</source>
        <translation>متن نباید خالی باشد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id; an id uses lower-case letters a-z, digits, &quot;-&quot; and &quot;_&quot;</source>
        <translation>«%1» شناسه‌ی معتبری نیست؛ شناسه از حروف کوچک لاتین a-z، رقم، «-» و «_» ساخته می‌شود</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code; use a two- or three-letter code such as &quot;en&quot;</source>
        <translation>«%1» کد زبان نیست؛ یک کد دو یا سه حرفی مانند «en» به کار ببرید</translation>
    </message>
    <message>
        <source>duplicate language &quot;%1&quot;</source>
        <translation>زبان «%1» تکراری است</translation>
    </message>
    <message>
        <source>expected a text in each language, as an object such as {&quot;%1&quot;: &quot;…&quot;}</source>
        <translation>اینجا برای هر زبان یک متن لازم است، در شیئی مانند {&quot;%1&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; the file declares %2</source>
        <translation>زبان «%1» شناخته نیست؛ زبان‌های اعلام‌شده در پرونده: %2</translation>
    </message>
    <message>
        <source>the text in &quot;%1&quot; is missing; the file declares the languages %2</source>
        <translation>متن به زبان «%1» وجود ندارد؛ زبان‌های اعلام‌شده در پرونده: %2</translation>
    </message>
    <message>
        <source>a scale needs at least two points</source>
        <translation>مقیاس دست‌کم به دو درجه نیاز دارد</translation>
    </message>
    <message>
        <source>duplicate scale value %1</source>
        <translation>مقدار %1 در مقیاس تکراری است</translation>
    </message>
    <message>
        <source>scale values rise by one; expected %1, found %2</source>
        <translation>مقدارهای مقیاس یکی‌یکی بالا می‌روند؛ انتظار %1 می‌رفت، اما %2 آمده است</translation>
    </message>
    <message>
        <source>unknown keying &quot;%1&quot;; use &quot;forward&quot;, &quot;reverse&quot; or a list with an item score for each scale point</source>
        <translation>شیوه‌ی امتیازدهی «%1» شناخته نیست؛ «forward»، «reverse» یا فهرستی با یک امتیاز برای هر درجه‌ی مقیاس به کار ببرید</translation>
    </message>
    <message>
        <source>the keying is &quot;forward&quot;, &quot;reverse&quot; or a list with an item score for each scale point</source>
        <translation>شیوه‌ی امتیازدهی یا «forward» است، یا «reverse»، یا فهرستی با یک امتیاز برای هر درجه‌ی مقیاس</translation>
    </message>
    <message>
        <source>the keying lists %1 item scores, but the scale has %2 points</source>
        <translation>شیوه‌ی امتیازدهی %1 امتیاز را فهرست کرده، اما مقیاس %2 درجه دارد</translation>
    </message>
    <message>
        <source>item score %1 is outside the scale, which runs from %2 to %3</source>
        <translation>امتیاز %1 بیرون از مقیاس است؛ مقیاس از %2 تا %3 است</translation>
    </message>
    <message>
        <source>duplicate statement number %1</source>
        <translation>شماره‌ی عبارت %1 تکراری است</translation>
    </message>
    <message>
        <source>expected statement number %1, found %2; statements are numbered 1, 2, 3… in order</source>
        <translation>انتظار عبارت شماره‌ی %1 می‌رفت، اما %2 آمده است؛ عبارت‌ها به ترتیب ۱، ۲، ۳… شماره می‌خورند</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;; each dimension needs its own id</source>
        <translation>شناسه‌ی «%1» تکراری است؛ هر بُعد شناسه‌ی خودش را لازم دارد</translation>
    </message>
    <message>
        <source>statement %1 does not exist; the statements are numbered 1 to %2</source>
        <translation>عبارت %1 وجود ندارد؛ عبارت‌ها از ۱ تا %2 شماره خورده‌اند</translation>
    </message>
    <message>
        <source>statement %1 is listed twice</source>
        <translation>عبارت %1 دو بار آمده است</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;; each band needs its own id</source>
        <translation>شناسه‌ی «%1» تکراری است؛ هر رده شناسه‌ی خودش را لازم دارد</translation>
    </message>
    <message>
        <source>min %1 is greater than max %2</source>
        <translation>کمینه‌ی %1 از بیشینه‌ی %2 بزرگ‌تر است</translation>
    </message>
    <message>
        <source>band &quot;%1&quot; covers %2 to %3, outside the possible totals %4 to %5</source>
        <translation>رده‌ی «%1» از %2 تا %3 را می‌پوشاند که بیرون از جمع‌های ممکن، یعنی %4 تا %5، است</translation>
    </message>
    <message>
        <source>band &quot;%1&quot; (%2 to %3) overlaps band &quot;%4&quot; (%5 to %6)</source>
        <translation>رده‌ی «%1» (%2 تا %3) با رده‌ی «%4» (%5 تا %6) هم‌پوشانی دارد</translation>
    </message>
    <message>
        <source>no band covers the totals %1 to %2</source>
        <translation>هیچ رده‌ای جمع‌های %1 تا %2 را نمی‌پوشاند</translation>
    </message>
    <message>
        <source>line %1, column %2: not valid JSON (%3)</source>
        <translation>خط %1، ستون %2: JSON معتبر نیست (%3)</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: پرونده خوانده نمی‌شود (%2)</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>این یک پوشه است</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB; a questionnaire is far smaller</source>
        <translation>%1: حجم پرونده بیش از %2 مبی‌بایت است؛ یک پرسش‌نامه بسیار کوچک‌تر است</translation>
    </message>
    <message>
        <source>there is no built-in questionnaire &quot;%1&quot;; the built-in ones are: %2</source>
        <translation>پرسش‌نامه‌ی داخلی «%1» وجود ندارد؛ پرسش‌نامه‌های داخلی: %2</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>Scores one set of answers and prints the total, the band and the dimension scores.</source>
        <translation>امتیاز یک دسته پاسخ را حساب می‌کند و جمع، رده و امتیاز ابعاد را چاپ می‌کند.</translation>
    </message>
    <message>
        <source>built-in questionnaire id or questionnaire file (default: %1)</source>
        <translation>شناسه‌ی پرسش‌نامه‌ی داخلی یا پرونده‌ی پرسش‌نامه (پیش‌فرض: %1)</translation>
    </message>
    <message>
        <source>output format: text or json (default: text)</source>
        <translation>قالب خروجی: text یا json (پیش‌فرض: text)</translation>
    </message>
    <message>
        <source>one answer per statement, in statement order, separated by commas, for example 4,2,5,…</source>
        <translation>یک پاسخ برای هر عبارت، به ترتیب عبارت‌ها، جداشده با ویرگول، مانند 4,2,5,…</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text or json</source>
        <translation>قالب «%1» شناخته نیست؛ text یا json را به کار ببرید</translation>
    </message>
    <message>
        <source>no answers given; give them as one argument, for example rater-cli score 4,2,5,…</source>
        <translation>پاسخی داده نشده است؛ پاسخ‌ها را در یک آرگومان بنویسید، مانند rater-cli score 4,2,5,…</translation>
    </message>
    <message>
        <source>the answers must be one argument, separated by commas without spaces, for example 4,2,5,…; got %1 arguments</source>
        <translation>پاسخ‌ها باید یک آرگومان باشند، جداشده با ویرگول و بدون فاصله، مانند 4,2,5,…؛ اما %1 آرگومان آمده است</translation>
    </message>
    <message>
        <source>Total: %1 (possible range %2 to %3)</source>
        <translation>جمع: %1 (بازه‌ی ممکن از %2 تا %3)</translation>
    </message>
    <message>
        <source>Band: %1 (%2 to %3)</source>
        <translation>رده: %1 (%2 تا %3)</translation>
    </message>
    <message>
        <source>Dimensions (mean item score from %1 to %2, and percent):</source>
        <translation>ابعاد (میانگین امتیاز از %1 تا %2، و درصد):</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Weakest dimension: %1</source>
        <translation>ضعیف‌ترین بُعد: %1</translation>
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
        <translation>خدمات مشتری شما چقدر خوب است؟</translation>
    </message>
</context>
</TS>
