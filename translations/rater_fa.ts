<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>ActionCommands</name>
    <message>
        <source>&quot;%1&quot; is not an action id; ids are whole numbers from 1, as rater-cli action list shows them</source>
        <translation>«%1» شناسهٔ اقدام نیست؛ شناسه‌ها عددهای درست از ۱ هستند، همان‌طور که rater-cli action list نشان می‌دهد</translation>
    </message>
    <message>
        <source>there is no dimension &quot;%1&quot;; the dimensions are: %2</source>
        <translation>بُعدی به نام «%1» نیست؛ بُعدها این‌ها هستند: %2</translation>
    </message>
    <message>
        <source>there is no team &quot;%1&quot; in %2; the teams are: %3</source>
        <translation>تیمی به نام «%1» در %2 نیست؛ تیم‌ها این‌ها هستند: %3</translation>
    </message>
    <message>
        <source>open, overdue</source>
        <translation>باز، از موعد گذشته</translation>
    </message>
    <message>
        <source>open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>انجام‌شده در %1</translation>
    </message>
    <message>
        <source>dropped on %1</source>
        <translation>کنارگذاشته در %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>موعد %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>بی‌موعد</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>اقدام‌ها: %1</translation>
    </message>
    <message>
        <source>Action %1 done on %2.</source>
        <translation>اقدام %1 در %2 انجام شد.</translation>
    </message>
    <message>
        <source>Action %1 dropped on %2.</source>
        <translation>اقدام %1 در %2 کنار گذاشته شد.</translation>
    </message>
    <message>
        <source>%1 %2 (real; 95% interval %3 to %4)</source>
        <translation>%1 %2 (واقعی؛ بازهٔ ۹۵٪ از %3 تا %4)</translation>
    </message>
    <message>
        <source>%1 %2 (≈ within the noise)</source>
        <translation>%1 %2 (≈ در حد نوسان)</translation>
    </message>
    <message>
        <source>%1: not enough assessments yet</source>
        <translation>%1: هنوز ارزیابی کافی نیست</translation>
    </message>
    <message>
        <source>--due and --no-due cannot both be given</source>
        <translation>‎--due و ‎--no-due را نمی‌توان با هم داد</translation>
    </message>
    <message>
        <source>there is no action with id %1</source>
        <translation>اقدامی با شناسهٔ %1 نیست</translation>
    </message>
    <message>
        <source>Action %1 changed.</source>
        <translation>اقدام %1 تغییر کرد.</translation>
    </message>
    <message>
        <source>actions are planned and changed in a laptop&apos;s database file, and reach the organisation&apos;s store by rater-cli sync; there, action list shows them</source>
        <translation>اقدام‌ها در پروندهٔ پایگاه دادهٔ رایانه برنامه‌ریزی و تغییر داده می‌شوند و با rater-cli sync به انبارهٔ سازمان می‌رسند؛ آنجا action list نشانشان می‌دهد</translation>
    </message>
</context>
<context>
    <name>ActionsSection</name>
    <message>
        <source>%1 %2 (real)</source>
        <translation>%1 %2 (واقعی)</translation>
    </message>
    <message>
        <source>≈ within the noise (%1 %2)</source>
        <translation>≈ در حد نوسان (%1 %2)</translation>
    </message>
    <message>
        <source>Not enough assessments yet</source>
        <translation>هنوز ارزیابی کافی نیست</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>از %1 گذشته</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>موعد %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>انجام‌شده %1</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>اقدام‌ها</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>باز:</translation>
    </message>
    <message>
        <source>Done, and whether the dimension they aimed at really moved (the last quarter before against the first after, with a 95% interval):</source>
        <translation>انجام‌شده‌ها، و اینکه آیا بُعدِ هدفشان واقعاً جابه‌جا شد (آخرین فصل پیش از آن در برابر نخستین فصل پس از آن، با بازه‌ی ۹۵٪):</translation>
    </message>
</context>
<context>
    <name>AnswerCodec</name>
    <message>
        <source>answer %1: %2</source>
        <translation>پاسخ %1: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>خالی است</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» عدد نیست</translation>
    </message>
    <message>
        <source>%1 is too large a number</source>
        <translation>%1 عددی بیش از حد بزرگ است</translation>
    </message>
    <message>
        <source>there are no answers</source>
        <translation>هیچ پاسخی نیست</translation>
    </message>
    <message>
        <source>assessment %1 has unreadable answers: %2</source>
        <translation>پاسخ‌های ارزیابی %1 خوانا نیست: %2</translation>
    </message>
    <message>
        <source>assessment %1 cannot be scored: it was taken with the questionnaire &quot;%2&quot;, which this version of Rater does not have</source>
        <translation>نمرهٔ ارزیابی %1 را نمی‌توان حساب کرد: با پرسش‌نامهٔ «%2» انجام شده که این نسخهٔ Rater آن را ندارد</translation>
    </message>
    <message>
        <source>assessment %1 cannot be scored: %2</source>
        <translation>نمرهٔ ارزیابی %1 را نمی‌توان حساب کرد: %2</translation>
    </message>
    <message>
        <source>assessment %1 has the date &quot;%2&quot;, which is not a date of the form YYYY-MM-DD</source>
        <translation>ارزیابی %1 تاریخ «%2» را دارد که تاریخی به شکل YYYY-MM-DD نیست</translation>
    </message>
</context>
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
    <message>
        <source>&quot;%1&quot; is not a digit; type one digit for each answer</source>
        <translation>«%1» رقم نیست؛ برای هر پاسخ یک رقم بنویسید</translation>
    </message>
    <message>
        <source>%1 answers typed; a form has %2, one digit each</source>
        <translation>%1 پاسخ نوشته شده؛ هر فرم %2 پاسخ دارد، برای هر کدام یک رقم</translation>
    </message>
</context>
<context>
    <name>AssessmentFile</name>
    <message>
        <source>the team is empty; every assessment belongs to a team</source>
        <translation>نام تیم خالی است؛ هر ارزیابی به یک تیم تعلق دارد</translation>
    </message>
    <message>
        <source>the date is missing; write it as YYYY-MM-DD, for example 2026-03-21</source>
        <translation>تاریخ وجود ندارد؛ آن را به شکل YYYY-MM-DD بنویسید، مانند 2026-03-21</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write dates as YYYY-MM-DD, for example 2026-03-21</source>
        <translation>«%1» تاریخ نیست؛ تاریخ‌ها را به شکل YYYY-MM-DD بنویسید، مانند 2026-03-21</translation>
    </message>
    <message>
        <source>the language is missing; use en, ar or fa</source>
        <translation>زبان وجود ندارد؛ یکی از en، ar یا fa را به کار ببرید</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language Rater knows; use en, ar or fa</source>
        <translation>«%1» زبانی نیست که Rater بشناسد؛ یکی از en، ar یا fa را به کار ببرید</translation>
    </message>
    <message>
        <source>the answer is missing</source>
        <translation>پاسخ وجود ندارد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer; answers are whole numbers from %2 to %3</source>
        <translation>«%1» پاسخ نیست؛ پاسخ‌ها عددهای صحیح از %2 تا %3 هستند</translation>
    </message>
    <message>
        <source>assessment %1 answers questionnaire &quot;%2&quot;, not &quot;%3&quot;</source>
        <translation>ارزیابی %1 به پرسش‌نامه‌ی «%2» پاسخ داده است، نه «%3»</translation>
    </message>
    <message>
        <source>assessment %1 cannot be scored: %2</source>
        <translation>امتیاز ارزیابی %1 را نمی‌توان حساب کرد: %2</translation>
    </message>
    <message>
        <source>%1: cannot import this kind of file; use a .csv or .json file</source>
        <translation>%1: این نوع پرونده را نمی‌توان وارد کرد؛ پرونده‌ی ‎.csv یا ‎.json به کار ببرید</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: پرونده خوانده نمی‌شود (%2)</translation>
    </message>
    <message>
        <source>%1: the file is empty; it needs a header line: %2</source>
        <translation>%1: پرونده خالی است؛ یک خط سرستون لازم دارد: %2</translation>
    </message>
    <message>
        <source>%1: line 1, column %2: expected the column &quot;%3&quot;, found &quot;%4&quot;; the header starts %5</source>
        <translation>%1: خط ۱، ستون %2: انتظار ستون «%3» می‌رفت، اما «%4» آمده است؛ خط سرستون با %5 شروع می‌شود</translation>
    </message>
    <message>
        <source>%1: line %2: the row has %3 columns; it needs at least %4 (%5 to %6)</source>
        <translation>%1: خط %2: این ردیف %3 ستون دارد؛ دست‌کم %4 ستون لازم است (%5 تا %6)</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: خط %2، ستون %3: %4</translation>
    </message>
    <message>
        <source>%1: record %2: expected an object in braces { }</source>
        <translation>%1: رکورد %2: یک شیء درون آکولاد { } لازم است</translation>
    </message>
    <message>
        <source>%1: record %2, field &quot;%3&quot;: expected text or a number</source>
        <translation>%1: رکورد %2، فیلد «%3»: متن یا عدد لازم است</translation>
    </message>
    <message>
        <source>%1: record %2, field &quot;%3&quot;: %4</source>
        <translation>%1: رکورد %2، فیلد «%3»: %4</translation>
    </message>
    <message>
        <source>%1: cannot create the file</source>
        <translation>%1: پرونده ساخته نمی‌شود</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>نتایج</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>پاسخ‌دهنده</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>کارگاه</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>پ%1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>رده</translation>
    </message>
    <message>
        <source>%1: could not write the workbook (%2)</source>
        <translation>%1: کارپوشه نوشته نشد (%2)</translation>
    </message>
    <message>
        <source>%1: could not write the file</source>
        <translation>%1: نوشتن پرونده ممکن نشد</translation>
    </message>
    <message>
        <source>%1: could not write the file (%2)</source>
        <translation>%1: نوشتن پرونده ممکن نشد (%2)</translation>
    </message>
    <message>
        <source>could not write (%1)</source>
        <translation>نوشتن ممکن نشد (%1)</translation>
    </message>
    <message>
        <source>%1: %2 more problems are not listed</source>
        <translation>%1: %2 مشکل دیگر فهرست نشده است</translation>
    </message>
    <message>
        <source>%1: an Excel sheet holds at most %2 results; export this many as CSV or JSON, or one team at a time</source>
        <translation>%1: یک برگهٔ Excel حداکثر %2 نتیجه جا می‌دهد؛ این تعداد را به CSV یا JSON برون‌برد کنید، یا هر بار یک تیم را</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID; Rater writes them as 8-4-4-4-12 hexadecimal digits. Leave the column empty for a result that is new</source>
        <translation>«%1» شناسهٔ یکتا (UUID) نیست؛ Rater آن را به شکل ۸-۴-۴-۴-۱۲ رقم شانزده‌شانزدهی می‌نویسد. برای نتیجه‌ای تازه ستون را خالی بگذارید</translation>
    </message>
    <message>
        <source>expected a UUID as text, or null</source>
        <translation>انتظار می‌رفت شناسهٔ یکتا (UUID) به صورت متن باشد، یا null</translation>
    </message>
    <message>
        <source>expected text; an action needs it</source>
        <translation>متن انتظار می‌رود؛ اقدام به آن نیاز دارد</translation>
    </message>
    <message>
        <source>expected text, or null</source>
        <translation>متن انتظار می‌رود، یا null</translation>
    </message>
    <message>
        <source>expected a UUID as text (8-4-4-4-12 hexadecimal digits), or null</source>
        <translation>یک UUID به شکل متن (۸-۴-۴-۴-۱۲ رقم شانزده‌دهی) انتظار می‌رود، یا null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dimension; the dimensions are: %2</source>
        <translation>«%1» یک بُعد نیست؛ بُعدها این‌ها هستند: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state; use open, done or dropped</source>
        <translation>«%1» یک وضعیت نیست؛ open، done یا dropped را به کار ببرید</translation>
    </message>
    <message>
        <source>an open action has no day it was closed on; write null</source>
        <translation>اقدام باز روز بسته‌شدن ندارد؛ null بنویسید</translation>
    </message>
    <message>
        <source>an action done or dropped needs the day it was closed on</source>
        <translation>اقدام انجام‌شده یا کنارگذاشته به روز بسته‌شدنش نیاز دارد</translation>
    </message>
    <message>
        <source>%1 is before the day it was planned, %2</source>
        <translation>%1 پیش از روزی است که برنامه‌ریزی شد، %2</translation>
    </message>
    <message>
        <source>expected &quot;action&quot; for an action, or no kind for an assessment</source>
        <translation>برای اقدام «action» انتظار می‌رود، و برای ارزیابی هیچ نوعی</translation>
    </message>
    <message>
        <source>%1: record %2 is an action; actions are imported with results into a database (rater-cli import, or File ▸ Import Results)</source>
        <translation>%1: رکورد %2 یک اقدام است؛ اقدام‌ها همراه نتیجه‌ها به یک پایگاه داده وارد می‌شوند (rater-cli import، یا پرونده ▸ وارد کردن نتیجه‌ها)</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, for example 2026-03-21</source>
        <translation>تاریخی به شکل YYYY-MM-DD انتظار می‌رود، مثلاً 2026-03-21</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, for example 2026-03-21, or null</source>
        <translation>تاریخی به شکل YYYY-MM-DD انتظار می‌رود، مثلاً 2026-03-21، یا null</translation>
    </message>
</context>
<context>
    <name>Cli</name>
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
        <source>show this help</source>
        <translation>نمایش همین راهنما</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 یا %2</translation>
    </message>
    <message>
        <source>use %1; for example rater-cli %2 --help</source>
        <translation>از %1 استفاده کنید؛ برای نمونه rater-cli %2 --help</translation>
    </message>
    <message>
        <source>the database file (default: %1)</source>
        <translation>پرونده‌ی پایگاه داده (پیش‌فرض: %1)</translation>
    </message>
    <message>
        <source>Usage: rater-cli [--lang en|ar|fa] COMMAND [OPTIONS]</source>
        <translation>کاربرد: rater-cli [--lang en|ar|fa] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>فرمان‌ها:</translation>
    </message>
    <message>
        <source>Commands that read or write results take --db FILE to choose the database.</source>
        <translation>فرمان‌هایی که نتیجه‌ها را می‌خوانند یا می‌نویسند ‎--db FILE‎ را برای انتخاب پایگاه داده می‌پذیرند.</translation>
    </message>
    <message>
        <source>Run &quot;rater-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>برای دیدن گزینه‌های هر فرمان &quot;rater-cli COMMAND --help&quot; را اجرا کنید.</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(الزامی)</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>کاربرد: %1</translation>
    </message>
    <message>
        <source>Argument:</source>
        <translation>آرگومان:</translation>
    </message>
    <message>
        <source>the output format (default: %1)</source>
        <translation>قالب خروجی (پیش‌فرض: %1)</translation>
    </message>
    <message>
        <source>the language of the output</source>
        <translation>زبان خروجی</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>گزینه‌ها:</translation>
    </message>
    <message>
        <source>%1 is missing; give it with %1 %2</source>
        <translation>%1 داده نشده است؛ آن را با %1 %2 بدهید</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;; use %3</source>
        <translation>%1 ناشناخته &quot;%2&quot;؛ از %3 استفاده کنید</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use %2</source>
        <translation>قالب ناشناخته &quot;%1&quot;؛ از %2 استفاده کنید</translation>
    </message>
    <message>
        <source>%1 takes no arguments besides its options; got &quot;%2&quot;</source>
        <translation>%1 جز گزینه‌هایش آرگومانی نمی‌پذیرد؛ رسید: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is missing: %2; run &quot;rater-cli %3 --help&quot; for more</source>
        <translation>%1 داده نشده است: %2؛ برای توضیح بیشتر &quot;rater-cli %3 --help&quot; را اجرا کنید</translation>
    </message>
    <message>
        <source>%1 must be one argument; got %2. Put it in quotes, or leave out the spaces</source>
        <translation>%1 باید یک آرگومان باشد؛ %2 آرگومان رسید. آن را در گیومه بگذارید یا فاصله‌ها را بردارید</translation>
    </message>
    <message>
        <source>%1 draws, and needs the graphics libraries; run it as rater-cli %1</source>
        <translation>فرمان %1 رسم می‌کند و به کتابخانه‌های گرافیکی نیاز دارد؛ آن را به صورت rater-cli %1 اجرا کنید</translation>
    </message>
    <message>
        <source>%1 takes %2 arguments, %3; got %4. Put a name with spaces in quotes</source>
        <translation>%1 ‏%2 آرگومان می‌گیرد، %3؛ %4 آرگومان داده شد. نامی را که فاصله دارد در گیومه بگذارید</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>--%1 takes a whole number of %2 or more; got &quot;%3&quot;</source>
        <translation>--%1 عددی صحیح از %2 به بالا می‌پذیرد؛ رسید: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD, for example 2026-03-21</source>
        <translation>--%1: &quot;%2&quot; تاریخ نیست؛ آن را به صورت YYYY-MM-DD بنویسید، برای نمونه 2026-03-21</translation>
    </message>
    <message>
        <source>the calendar periods are counted in: gregorian, jalali or islamic (default: jalali for Persian, else gregorian)</source>
        <translation>تقویمی که دوره‌ها با آن شمرده می‌شوند: gregorian، jalali یا islamic (پیش‌فرض: jalali برای فارسی، وگرنه gregorian)</translation>
    </message>
    <message>
        <source>the month, 1 to 12 in the chosen calendar, that the year starts in (default: %1)</source>
        <translation>ماهی که سال با آن آغاز می‌شود، از 1 تا 12 در تقویم انتخاب‌شده (پیش‌فرض: %1)</translation>
    </message>
    <message>
        <source>write demo data into a new database: four teams over three years, and two workshops</source>
        <translation>داده‌ی نمونه را در پایگاه داده‌ای تازه بنویس: چهار تیم در سه سال، و دو کارگاه</translation>
    </message>
    <message>
        <source>a team&apos;s mean scores per period, and whether each change is larger than its uncertainty</source>
        <translation>میانگین امتیازهای یک تیم در هر دوره، و اینکه آیا هر تغییر از عدم قطعیتش بزرگ‌تر است</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>quarter, month, half or year (default: %1)</source>
        <translation>quarter، month، half یا year (پیش‌فرض: %1)</translation>
    </message>
    <message>
        <source>every team&apos;s mean scores for one period, teams as rows</source>
        <translation>میانگین امتیازهای همه‌ی تیم‌ها در یک دوره، هر تیم در یک سطر</translation>
    </message>
    <message>
        <source>the period, as a label (Q1 2026, H2 2025, 2026) or any date in it (2026-02-14)</source>
        <translation>دوره، با نامش (Q1 2026، H2 2025، 2026) یا هر تاریخی درون آن (2026-02-14)</translation>
    </message>
    <message>
        <source>for a date: quarter, month, half or year (default: %1)</source>
        <translation>برای یک تاریخ: quarter، month، half یا year (پیش‌فرض: %1)</translation>
    </message>
    <message>
        <source>write a workshop&apos;s report as a PDF, without a display</source>
        <translation>گزارش یک کارگاه را به صورت PDF بنویس، بدون نیاز به نمایشگر</translation>
    </message>
    <message>
        <source>the workshop</source>
        <translation>کارگاه</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>پرونده‌ی PDF که نوشته می‌شود</translation>
    </message>
    <message>
        <source>the fewest participants for which figures are shown, 2 or more (default: %1)</source>
        <translation>کمترین شمار شرکت‌کنندگان برای نمایش آمار، ۲ یا بیشتر (پیش‌فرض: %1)</translation>
    </message>
    <message>
        <source>score one set of answers: the total, the band and the dimensions</source>
        <translation>یک دسته پاسخ را امتیاز بده: جمع، رده و ابعاد</translation>
    </message>
    <message>
        <source>a built-in questionnaire&apos;s id or a questionnaire file (default: %1)</source>
        <translation>شناسه‌ی یک پرسش‌نامه‌ی درونی یا پرونده‌ی پرسش‌نامه (پیش‌فرض: %1)</translation>
    </message>
    <message>
        <source>one answer per statement, in statement order, separated by commas, for example 4,2,5,…</source>
        <translation>یک پاسخ برای هر عبارت، به ترتیب عبارت‌ها، جداشده با ویرگول، مانند 4,2,5,…</translation>
    </message>
    <message>
        <source>only this team&apos;s assessments</source>
        <translation>فقط ارزیابی‌های این تیم</translation>
    </message>
    <message>
        <source>store one assessment and print its id</source>
        <translation>یک ارزیابی را ذخیره کن و شناسه‌اش را چاپ کن</translation>
    </message>
    <message>
        <source>the team the assessment is for</source>
        <translation>تیمی که ارزیابی برای آن است</translation>
    </message>
    <message>
        <source>an optional pseudonymous respondent code</source>
        <translation>کد مستعار اختیاری پاسخ‌دهنده</translation>
    </message>
    <message>
        <source>the id of the workshop it was taken in</source>
        <translation>شناسه‌ی کارگاهی که ارزیابی در آن انجام شد</translation>
    </message>
    <message>
        <source>the day it was taken (default: today)</source>
        <translation>روزی که انجام شد (پیش‌فرض: امروز)</translation>
    </message>
    <message>
        <source>one answer per statement, separated by commas</source>
        <translation>یک پاسخ برای هر عبارت، جداشده با ویرگول</translation>
    </message>
    <message>
        <source>list stored assessments with their scores, oldest first</source>
        <translation>ارزیابی‌های ذخیره‌شده را با امتیازشان فهرست کن، قدیمی‌ترین نخست</translation>
    </message>
    <message>
        <source>import assessments from a .csv or .json file, all or nothing</source>
        <translation>ارزیابی‌ها را از پرونده‌ی ‎.csv‎ یا ‎.json‎ وارد کن، همه یا هیچ</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>پرونده‌ای که باید وارد شود</translation>
    </message>
    <message>
        <source>export stored assessments with their scores as csv, json or xlsx</source>
        <translation>ارزیابی‌های ذخیره‌شده را با امتیازشان به صورت csv، json یا xlsx برون‌بری کن</translation>
    </message>
    <message>
        <source>the file to write, its format from its name (default: standard output; xlsx needs a file)</source>
        <translation>پرونده‌ای که نوشته می‌شود، با قالبی برگرفته از نامش (پیش‌فرض: خروجی استاندارد؛ xlsx به پرونده نیاز دارد)</translation>
    </message>
    <message>
        <source>check the database for damage: exit 0 when sound, 1 when damaged</source>
        <translation>پایگاه داده را برای آسیب بررسی کن: خروج با 0 اگر سالم است و 1 اگر آسیب دیده</translation>
    </message>
    <message>
        <source>write a consistent copy of the database, even while it is in use</source>
        <translation>یک رونوشت سازگار از پایگاه داده بنویس، حتی وقتی در حال استفاده است</translation>
    </message>
    <message>
        <source>the backup file to write; it must not exist yet</source>
        <translation>پرونده‌ی پشتیبانی که باید نوشته شود؛ نباید از قبل وجود داشته باشد</translation>
    </message>
    <message>
        <source>the workshop, by the number &quot;workshop create&quot; printed</source>
        <translation>کارگاه، با شماره‌ای که &quot;workshop create&quot; چاپ کرد</translation>
    </message>
    <message>
        <source>create a workshop and print its id</source>
        <translation>یک کارگاه بساز و شناسه‌اش را چاپ کن</translation>
    </message>
    <message>
        <source>the workshop&apos;s title</source>
        <translation>عنوان کارگاه</translation>
    </message>
    <message>
        <source>the day it is held (default: today)</source>
        <translation>روز برگزاری (پیش‌فرض: امروز)</translation>
    </message>
    <message>
        <source>the team it is for (optional)</source>
        <translation>تیمی که کارگاه برای آن است (اختیاری)</translation>
    </message>
    <message>
        <source>who runs it (optional)</source>
        <translation>برگزارکننده (اختیاری)</translation>
    </message>
    <message>
        <source>record one participant&apos;s answers in a workshop</source>
        <translation>پاسخ‌های یک شرکت‌کننده را در کارگاه ثبت کن</translation>
    </message>
    <message>
        <source>an optional pseudonymous code</source>
        <translation>کد مستعار اختیاری</translation>
    </message>
    <message>
        <source>import participants&apos; results into a workshop, all or nothing; duplicates are refused</source>
        <translation>نتیجه‌های شرکت‌کنندگان را به کارگاه وارد کن، همه یا هیچ؛ تکراری‌ها پذیرفته نمی‌شوند</translation>
    </message>
    <message>
        <source>a .csv or .json file</source>
        <translation>پرونده‌ی ‎.csv یا ‎.json</translation>
    </message>
    <message>
        <source>a workshop&apos;s group figures; only the count below the anonymity threshold</source>
        <translation>آمار گروهی یک کارگاه؛ زیر آستانه‌ی ناشناس‌ماندن فقط شمار</translation>
    </message>
    <message>
        <source>the ids of the assessments, as list shows them</source>
        <translation>شناسه‌های ارزیابی‌ها، همان‌طور که list نشان می‌دهد</translation>
    </message>
    <message>
        <source>move assessments to the bin; restore brings them back</source>
        <translation>ارزیابی‌ها را به سطل بازیافت می‌برد؛ restore آن‌ها را برمی‌گرداند</translation>
    </message>
    <message>
        <source>bring assessments back from the bin</source>
        <translation>ارزیابی‌ها را از سطل بازیافت برمی‌گرداند</translation>
    </message>
    <message>
        <source>correct one assessment&apos;s team, date or respondent code</source>
        <translation>تیم، تاریخ یا کد پاسخ‌دهندهٔ یک ارزیابی را اصلاح می‌کند</translation>
    </message>
    <message>
        <source>the team it belongs to</source>
        <translation>تیمی که به آن تعلق دارد</translation>
    </message>
    <message>
        <source>the day it was taken</source>
        <translation>روزی که انجام شد</translation>
    </message>
    <message>
        <source>its respondent code; an empty one removes the code</source>
        <translation>کد پاسخ‌دهنده؛ کد خالی، کد را برمی‌دارد</translation>
    </message>
    <message>
        <source>the id of the assessment</source>
        <translation>شناسهٔ ارزیابی</translation>
    </message>
    <message>
        <source>give a team a new name that no team has</source>
        <translation>نامی تازه به تیم می‌دهد که هیچ تیمی ندارد</translation>
    </message>
    <message>
        <source>the team&apos;s name, and its new name</source>
        <translation>نام تیم، و نام تازه‌اش</translation>
    </message>
    <message>
        <source>move every result and workshop of one team into another</source>
        <translation>همهٔ نتیجه‌ها و کارگاه‌های یک تیم را به تیمی دیگر می‌برد</translation>
    </message>
    <message>
        <source>the team that goes, and the team that takes its results</source>
        <translation>تیمی که حذف می‌شود، و تیمی که نتیجه‌هایش را می‌گیرد</translation>
    </message>
    <message>
        <source>delete what is in the bin for good</source>
        <translation>آنچه در سطل بازیافت است برای همیشه پاک می‌کند</translation>
    </message>
    <message>
        <source>only what was deleted at least this many days ago</source>
        <translation>فقط آنچه دست‌کم این تعداد روز پیش حذف شده</translation>
    </message>
    <message>
        <source>list the corrections made, oldest first</source>
        <translation>اصلاح‌های انجام‌شده را فهرست می‌کند، قدیمی‌ترین نخست</translation>
    </message>
    <message>
        <source>list the bin instead, most recently deleted first, with when each was deleted</source>
        <translation>به جای آن سطل بازیافت را فهرست می‌کند، تازه‌ترین حذف نخست، با زمان حذف هر کدام</translation>
    </message>
    <message>
        <source>rater-cli %1 needs the organisation store&apos;s address: --db postgresql://[user@]host/database</source>
        <translation>rater-cli %1 نشانی انبارهٔ سازمان را لازم دارد: ‎--db postgresql://[user@]host/database</translation>
    </message>
    <message>
        <source>a team the lead leads; once for each</source>
        <translation>تیمی که سرپرست آن را رهبری می‌کند؛ یک بار برای هر تیم</translation>
    </message>
    <message>
        <source>set up an organisation store: Rater&apos;s schema and its roles</source>
        <translation>راه‌اندازی انبارهٔ سازمان: طرح‌وارهٔ Rater و نقش‌های آن</translation>
    </message>
    <message>
        <source>the fewest assessments a group shown to managers holds (default %1)</source>
        <translation>کمترین شمار ارزیابی‌ها در گروهی که به مدیران نشان داده می‌شود (پیش‌فرض %1)</translation>
    </message>
    <message>
        <source>give a login the rights of a lead, a manager or an admin</source>
        <translation>دادن اختیارات سرپرست، مدیر یا راهبر به یک حساب ورود</translation>
    </message>
    <message>
        <source>make LOGIN the lead of the teams named</source>
        <translation>LOGIN را سرپرست تیم‌های نام‌برده کن</translation>
    </message>
    <message>
        <source>let LOGIN read every team&apos;s figures, never one person&apos;s</source>
        <translation>LOGIN بتواند ارقام همهٔ تیم‌ها را بخواند، هرگز ارقام یک فرد را</translation>
    </message>
    <message>
        <source>let LOGIN give and take rights and change the threshold</source>
        <translation>LOGIN بتواند اختیارات را بدهد و پس بگیرد و آستانه را تغییر دهد</translation>
    </message>
    <message>
        <source>take back a login&apos;s teams, or all its rights</source>
        <translation>پس گرفتن تیم‌های یک حساب ورود، یا همهٔ اختیارات آن</translation>
    </message>
    <message>
        <source>only this team; once for each</source>
        <translation>فقط این تیم؛ یک بار برای هر تیم</translation>
    </message>
    <message>
        <source>the login</source>
        <translation>حساب ورود</translation>
    </message>
    <message>
        <source>list the logins with Rater rights, and the teams of each lead</source>
        <translation>فهرست حساب‌های ورود با اختیارات Rater، و تیم‌های هر سرپرست</translation>
    </message>
    <message>
        <source>show, or change, the fewest assessments a group shown to managers holds</source>
        <translation>نمایش یا تغییر کمترین شمار ارزیابی‌ها در گروهی که به مدیران نشان داده می‌شود</translation>
    </message>
    <message>
        <source>the new threshold</source>
        <translation>آستانهٔ تازه</translation>
    </message>
    <message>
        <source>send the organisation store the results it does not hold yet</source>
        <translation>فرستادن نتیجه‌هایی که انبارهٔ سازمان هنوز ندارد</translation>
    </message>
    <message>
        <source>the store: postgresql://[user@]host/database</source>
        <translation>انباره: postgresql://[user@]host/database</translation>
    </message>
    <message>
        <source>results per transaction (default %1)</source>
        <translation>شمار نتیجه‌ها در هر تراکنش (پیش‌فرض %1)</translation>
    </message>
    <message>
        <source>write the results the organisation store lacks to a file, for a laptop with no network</source>
        <translation>نوشتن نتیجه‌هایی که انبارهٔ سازمان ندارد در یک پرونده، برای رایانه‌ای بی‌شبکه</translation>
    </message>
    <message>
        <source>the bundle to write</source>
        <translation>بستهٔ نوشتنی</translation>
    </message>
    <message>
        <source>the store it is for, when the database has synced with several</source>
        <translation>انبارهٔ مقصد، وقتی پایگاه داده با چند انباره همگام شده است</translation>
    </message>
    <message>
        <source>rater-cli %1 works on a Rater database file, not on the organisation store (%2)</source>
        <translation>rater-cli %1 روی پروندهٔ پایگاه دادهٔ Rater کار می‌کند، نه روی انبارهٔ سازمان (%2)</translation>
    </message>
    <message>
        <source>the action&apos;s id, as action list shows it</source>
        <translation>شناسهٔ اقدام، همان‌طور که action list نشان می‌دهد</translation>
    </message>
    <message>
        <source>plan an action for a team, aimed at one dimension; prints its id</source>
        <translation>برای یک تیم اقدامی با هدف یک بُعد برنامه‌ریزی کن؛ شناسه‌اش را چاپ می‌کند</translation>
    </message>
    <message>
        <source>the dimension it aims at: reliability, assurance, tangibles, empathy or responsiveness</source>
        <translation>بُعدی که هدف می‌گیرد: reliability، assurance، tangibles، empathy یا responsiveness</translation>
    </message>
    <message>
        <source>what will be done</source>
        <translation>آنچه انجام خواهد شد</translation>
    </message>
    <message>
        <source>who sees to it: a name or a role</source>
        <translation>چه کسی پیگیری می‌کند: یک نام یا یک نقش</translation>
    </message>
    <message>
        <source>the day it is due</source>
        <translation>روز موعد آن</translation>
    </message>
    <message>
        <source>the day it was planned (default: today)</source>
        <translation>روزی که برنامه‌ریزی شد (پیش‌فرض: امروز)</translation>
    </message>
    <message>
        <source>list actions: open ones first, overdue ones marked</source>
        <translation>اقدام‌ها را فهرست کن: بازها نخست، با نشانی بر از موعد گذشته‌ها</translation>
    </message>
    <message>
        <source>only this team&apos;s actions</source>
        <translation>فقط اقدام‌های این تیم</translation>
    </message>
    <message>
        <source>only open, done or dropped ones</source>
        <translation>فقط بازها، انجام‌شده‌ها یا کنارگذاشته‌ها</translation>
    </message>
    <message>
        <source>mark an action done</source>
        <translation>اقدامی را انجام‌شده علامت بزن</translation>
    </message>
    <message>
        <source>the day it was done (default: today)</source>
        <translation>روز انجامش (پیش‌فرض: امروز)</translation>
    </message>
    <message>
        <source>drop an action that will not be done</source>
        <translation>اقدامی را که انجام نخواهد شد کنار بگذار</translation>
    </message>
    <message>
        <source>whether each done action&apos;s dimension really moved, from the last period before it to the first after it</source>
        <translation>آیا بُعدِ هر اقدام انجام‌شده واقعاً جابه‌جا شد، از آخرین دوره پیش از آن تا نخستین دوره پس از آن</translation>
    </message>
    <message>
        <source>the periods compared: quarter, month, half or year (default: %1)</source>
        <translation>دوره‌های مقایسه‌شده: quarter، month، half یا year (پیش‌فرض: %1)</translation>
    </message>
    <message>
        <source>change an action&apos;s dimension, text, owner or due date; what is not given stays as it is</source>
        <translation>تغییر بُعد، متن، مسئول یا موعد یک اقدام؛ آنچه داده نشود همان‌گونه می‌ماند</translation>
    </message>
    <message>
        <source>the dimension it aims at</source>
        <translation>بُعدی که هدف آن است</translation>
    </message>
    <message>
        <source>take its due date away</source>
        <translation>برداشتن موعد آن</translation>
    </message>
</context>
<context>
    <name>CorrectionCommands</name>
    <message>
        <source>&quot;%1&quot; is not an assessment id; ids are whole numbers from 1, as rater-cli list shows them</source>
        <translation>«%1» شناسهٔ ارزیابی نیست؛ شناسه‌ها عددهای صحیح از ۱ به بالا هستند، همان‌طور که rater-cli list نشان می‌دهد</translation>
    </message>
    <message>
        <source>Assessments moved to the bin: %1 (change %2); rater-cli restore brings them back.</source>
        <translation>ارزیابی‌های برده‌شده به سطل بازیافت: %1 (تغییر %2)؛ rater-cli restore آن‌ها را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Assessments restored from the bin: %1 (change %2).</source>
        <translation>ارزیابی‌های برگردانده‌شده از سطل بازیافت: %1 (تغییر %2).</translation>
    </message>
    <message>
        <source>nothing to change: give --team, --date or --respondent</source>
        <translation>چیزی برای تغییر نیست: ‎--team، ‎--date یا ‎--respondent را بدهید</translation>
    </message>
    <message>
        <source>Corrected assessment %1 (change %2).</source>
        <translation>ارزیابی %1 اصلاح شد (تغییر %2).</translation>
    </message>
    <message>
        <source>Renamed team &quot;%1&quot; to &quot;%2&quot; (change %3).</source>
        <translation>نام تیم «%1» به «%2» تغییر کرد (تغییر %3).</translation>
    </message>
    <message>
        <source>Merged team &quot;%1&quot; into &quot;%2&quot;; assessments moved: %3 (change %4).</source>
        <translation>تیم «%1» در «%2» ادغام شد؛ ارزیابی‌های منتقل‌شده: %3 (تغییر %4).</translation>
    </message>
    <message>
        <source>Assessments deleted from the bin for good: %1 (change %2).</source>
        <translation>ارزیابی‌های پاک‌شده از سطل بازیافت برای همیشه: %1 (تغییر %2).</translation>
    </message>
    <message>
        <source>No corrections have been made.</source>
        <translation>هیچ اصلاحی انجام نشده است.</translation>
    </message>
    <message>
        <source>Assessments moved to the store&apos;s bin: %1; rater-cli restore brings them back.</source>
        <translation>ارزیابی‌هایی که به سطل بازیافت انباره رفتند: %1؛ rater-cli restore آن‌ها را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Assessments restored from the store&apos;s bin: %1.</source>
        <translation>ارزیابی‌هایی که از سطل بازیافت انباره برگشتند: %1.</translation>
    </message>
    <message>
        <source>Corrected assessment %1 in the store.</source>
        <translation>ارزیابی %1 در انباره اصلاح شد.</translation>
    </message>
    <message>
        <source>Renamed team &quot;%1&quot; to &quot;%2&quot; in the store.</source>
        <translation>نام تیم «%1» در انباره به «%2» تغییر کرد.</translation>
    </message>
    <message>
        <source>Merged team &quot;%1&quot; into &quot;%2&quot; in the store; assessments moved: %3.</source>
        <translation>تیم «%1» در انباره در «%2» ادغام شد؛ ارزیابی‌های جابه‌جاشده: %3.</translation>
    </message>
    <message>
        <source>Assessments deleted from the store&apos;s bin for good: %1.</source>
        <translation>ارزیابی‌هایی که برای همیشه از سطل بازیافت انباره پاک شدند: %1.</translation>
    </message>
    <message>
        <source>the organisation store keeps no change log: a correction there raises the result&apos;s version, so that an older one from a laptop does not undo it; rater-cli log reads a laptop&apos;s database file</source>
        <translation>مخزن سازمان دفتر اصلاحات ندارد: هر اصلاح در آن نسخهٔ نتیجه را بالا می‌برد تا اصلاحی قدیمی‌تر از یک لپ‌تاپ آن را برنگرداند؛ rater-cli log پروندهٔ پایگاه دادهٔ یک لپ‌تاپ را می‌خواند</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 و %2 مورد دیگر</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Moved assessments %1 to the bin</source>
        <translation>ارزیابی‌های %1 به سطل بازیافت رفتند</translation>
    </message>
    <message>
        <source>Restored assessments %1 from the bin</source>
        <translation>ارزیابی‌های %1 از سطل بازیافت برگشتند</translation>
    </message>
    <message>
        <source>team %1 → %2</source>
        <translation>تیم %1 ← %2</translation>
    </message>
    <message>
        <source>date %1 → %2</source>
        <translation>تاریخ %1 ← %2</translation>
    </message>
    <message>
        <source>respondent code %1 → %2</source>
        <translation>کد پاسخ‌دهنده %1 ← %2</translation>
    </message>
    <message>
        <source>Corrected assessment %1: %2</source>
        <translation>ارزیابی %1 اصلاح شد: %2</translation>
    </message>
    <message>
        <source>Moved assessments %1 from %2 to team %3</source>
        <translation>ارزیابی‌های %1 از %2 به تیم %3 منتقل شدند</translation>
    </message>
    <message>
        <source>Renamed team %1 to %2</source>
        <translation>نام تیم %1 به %2 تغییر کرد</translation>
    </message>
    <message>
        <source>Merged team %1 into %2 (assessments: %3)</source>
        <translation>تیم %1 در %2 ادغام شد (ارزیابی‌ها: %3)</translation>
    </message>
    <message>
        <source>Took assessments %1 out of workshop %2</source>
        <translation>ارزیابی‌های %1 از کارگاه %2 بیرون آمدند</translation>
    </message>
    <message>
        <source>Emptied the bin of what was deleted %1 or more days before; assessments deleted for good: %2</source>
        <translation>سطل بازیافت از آنچه %1 روز یا بیشتر پیش حذف شده بود خالی شد؛ ارزیابی‌های پاک‌شده برای همیشه: %2</translation>
    </message>
    <message>
        <source>Emptied the bin; assessments deleted for good: %1</source>
        <translation>سطل بازیافت خالی شد؛ ارزیابی‌های پاک‌شده برای همیشه: %1</translation>
    </message>
    <message>
        <source>Undid change %1: %2</source>
        <translation>تغییر %1 واگردانده شد: %2</translation>
    </message>
    <message>
        <source>Redid change %1: %2</source>
        <translation>تغییر %1 دوباره انجام شد: %2</translation>
    </message>
    <message>
        <source>could not correct the results; nothing was changed</source>
        <translation>اصلاح نتیجه‌ها ممکن نشد؛ چیزی تغییر نکرد</translation>
    </message>
    <message>
        <source>no assessment was given</source>
        <translation>هیچ ارزیابی‌ای داده نشد</translation>
    </message>
    <message>
        <source>there is no assessment with id %1</source>
        <translation>ارزیابی‌ای با شناسهٔ %1 وجود ندارد</translation>
    </message>
    <message>
        <source>assessment %1 is not in the bin</source>
        <translation>ارزیابی %1 در سطل بازیافت نیست</translation>
    </message>
    <message>
        <source>assessment %1 is in the bin; restore it first</source>
        <translation>ارزیابی %1 در سطل بازیافت است؛ نخست آن را برگردانید</translation>
    </message>
    <message>
        <source>there is no team &quot;%1&quot;</source>
        <translation>تیمی به نام «%1» وجود ندارد</translation>
    </message>
    <message>
        <source>the team is empty; every assessment belongs to a team</source>
        <translation>نام تیم خالی است؛ هر ارزیابی به یک تیم تعلق دارد</translation>
    </message>
    <message>
        <source>the date is not a date</source>
        <translation>تاریخ، تاریخ درستی نیست</translation>
    </message>
    <message>
        <source>nothing to change: give a team, a date or a respondent code</source>
        <translation>چیزی برای تغییر نیست: تیم، تاریخ یا کد پاسخ‌دهنده بدهید</translation>
    </message>
    <message>
        <source>nothing to change: assessment %1 already has these values</source>
        <translation>چیزی برای تغییر نیست: ارزیابی %1 همین مقدارها را دارد</translation>
    </message>
    <message>
        <source>nothing to change: they are in team &quot;%1&quot; already</source>
        <translation>چیزی برای تغییر نیست: آن‌ها همین حالا در تیم «%1» هستند</translation>
    </message>
    <message>
        <source>the new name is empty</source>
        <translation>نام تازه خالی است</translation>
    </message>
    <message>
        <source>nothing to change: the team is called &quot;%1&quot; already</source>
        <translation>چیزی برای تغییر نیست: نام تیم همین حالا «%1» است</translation>
    </message>
    <message>
        <source>there is already a team &quot;%1&quot;; to put the results of &quot;%2&quot; together with it, merge &quot;%2&quot; into &quot;%1&quot; instead</source>
        <translation>تیمی به نام «%1» هست؛ برای یکی کردن نتیجه‌های «%2» با آن، به جای این کار «%2» را در «%1» ادغام کنید</translation>
    </message>
    <message>
        <source>a team cannot be merged into itself (&quot;%1&quot;)</source>
        <translation>تیم را نمی‌توان در خودش ادغام کرد («%1»)</translation>
    </message>
    <message>
        <source>there is no team &quot;%1&quot; to merge into; to give &quot;%2&quot; that name, rename it</source>
        <translation>تیمی به نام «%1» برای ادغام نیست؛ برای دادن این نام به «%2»، نامش را تغییر دهید</translation>
    </message>
    <message>
        <source>assessment %1 is not in a workshop</source>
        <translation>ارزیابی %1 در کارگاهی نیست</translation>
    </message>
    <message>
        <source>the number of days cannot be negative</source>
        <translation>تعداد روزها نمی‌تواند منفی باشد</translation>
    </message>
    <message>
        <source>emptying the bin cannot be undone</source>
        <translation>خالی کردن سطل بازیافت واگردپذیر نیست</translation>
    </message>
    <message>
        <source>change %1 is itself an undo or a redo</source>
        <translation>تغییر %1 خودش یک واگرد یا انجام دوباره است</translation>
    </message>
    <message>
        <source>assessment %1</source>
        <translation>ارزیابی %1</translation>
    </message>
    <message>
        <source>a team it changed</source>
        <translation>تیمی که تغییر داد</translation>
    </message>
    <message>
        <source>a workshop it changed</source>
        <translation>کارگاهی که تغییر داد</translation>
    </message>
    <message>
        <source>a respondent code it changed</source>
        <translation>کد پاسخ‌دهنده‌ای که تغییر داد</translation>
    </message>
    <message>
        <source>change %1 cannot be undone: %2 has been changed since</source>
        <translation>تغییر %1 را نمی‌توان واگرداند: %2 از آن پس تغییر کرده است</translation>
    </message>
    <message>
        <source>change %1 cannot be redone: %2 has been changed since</source>
        <translation>تغییر %1 را نمی‌توان دوباره انجام داد: %2 از آن پس تغییر کرده است</translation>
    </message>
    <message>
        <source>change %1 cannot be put back: its teams or codes have been changed since</source>
        <translation>تغییر %1 را نمی‌توان برگرداند: تیم‌ها یا کدهایش از آن پس تغییر کرده‌اند</translation>
    </message>
    <message>
        <source>there is no change %1 in the log</source>
        <translation>تغییری با شمارهٔ %1 در گزارش نیست</translation>
    </message>
    <message>
        <source>could not read the change log</source>
        <translation>گزارش تغییرات خوانده نشد</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: %2</source>
        <translation>خط %1: %2</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot;</source>
        <translation>پرونده متن UTF-8 نیست؛ آن را با قالب «CSV UTF-8» ذخیره کنید</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote; a quote inside a quoted field is written twice (&quot;&quot;)</source>
        <translation>متن نابه‌جا پس از گیومه‌ی پایانی؛ گیومه درون فیلد گیومه‌دار دو بار نوشته می‌شود (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>گیومه‌ی یک فیلد هرگز بسته نشده است</translation>
    </message>
    <message>
        <source>the record is longer than %1 characters; a row of Rater&apos;s columns is far shorter</source>
        <translation>این سطر بیش از %1 نویسه دارد؛ یک سطر از ستون‌های Rater بسیار کوتاه‌تر است</translation>
    </message>
    <message>
        <source>the record has more than %1 fields; a row of Rater&apos;s columns has far fewer</source>
        <translation>این سطر بیش از %1 فیلد دارد؛ یک سطر از ستون‌های Rater بسیار کمتر دارد</translation>
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
        <translation>%1: این یک پوشه است، نه پرونده‌ی پایگاه داده</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: پرونده خوانده نمی‌شود (%2)</translation>
    </message>
    <message>
        <source>%1: not a Rater database; the file is not an SQLite database at all</source>
        <translation>%1: پایگاه داده‌ی Rater نیست؛ این پرونده اصلاً پایگاه داده‌ی SQLite نیست</translation>
    </message>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1: چنین پرونده‌ای وجود ندارد</translation>
    </message>
    <message>
        <source>%1: cannot create the database; the folder %2 does not exist</source>
        <translation>%1: پایگاه داده ساخته نمی‌شود؛ پوشه‌ی %2 وجود ندارد</translation>
    </message>
    <message>
        <source>%1: cannot open the database (%2)</source>
        <translation>%1: پایگاه داده باز نمی‌شود (%2)</translation>
    </message>
    <message>
        <source>%1: the database is damaged (%2)</source>
        <translation>%1: پایگاه داده آسیب دیده است (%2)</translation>
    </message>
    <message>
        <source>%1: not a Rater database; it is an SQLite database that belongs to another program</source>
        <translation>%1: پایگاه داده‌ی Rater نیست؛ پایگاه داده‌ی SQLite برنامه‌ی دیگری است</translation>
    </message>
    <message>
        <source>%1: written by a newer version of Rater (schema version %2; this version reads up to %3); open it with that version</source>
        <translation>%1: با نسخه‌ی تازه‌تری از Rater نوشته شده است (نسخه‌ی طرح‌واره %2؛ این نسخه تا %3 را می‌خواند)؛ آن را با همان نسخه باز کنید</translation>
    </message>
    <message>
        <source>cannot set up the database</source>
        <translation>پایگاه داده راه‌اندازی نشد</translation>
    </message>
    <message>
        <source>cannot update the database</source>
        <translation>پایگاه داده به‌روز نشد</translation>
    </message>
    <message>
        <source>cannot update the database to schema version %1</source>
        <translation>پایگاه داده به نسخه‌ی %1 طرح‌واره به‌روز نشد</translation>
    </message>
    <message>
        <source>could not save; nothing was stored</source>
        <translation>ذخیره نشد؛ هیچ چیز نگه داشته نشد</translation>
    </message>
    <message>
        <source>%1: there is no workshop with id %2</source>
        <translation>%1: کارگاهی با شناسه‌ی %2 وجود ندارد</translation>
    </message>
    <message>
        <source>could not save the workshop</source>
        <translation>کارگاه ذخیره نشد</translation>
    </message>
    <message>
        <source>could not read the assessments</source>
        <translation>ارزیابی‌ها خوانده نشدند</translation>
    </message>
    <message>
        <source>could not save the draft</source>
        <translation>پیش‌نویس ذخیره نشد</translation>
    </message>
    <message>
        <source>could not remove the draft</source>
        <translation>پیش‌نویس حذف نشد</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of table %3</source>
        <translation>ردیف %1 از جدول %2 به ردیفی ناموجود در جدول %3 اشاره می‌کند</translation>
    </message>
    <message>
        <source>%1: the file already exists; choose a new name for the backup</source>
        <translation>%1: این پرونده از قبل وجود دارد؛ برای نسخه‌ی پشتیبان نام تازه‌ای برگزینید</translation>
    </message>
    <message>
        <source>%1: could not write the backup (%2)</source>
        <translation>%1: نسخه‌ی پشتیبان نوشته نشد (%2)</translation>
    </message>
    <message>
        <source>assessment %1 has unreadable answers: %2</source>
        <translation>پاسخ‌های ارزیابی %1 خوانا نیست: %2</translation>
    </message>
    <message>
        <source>could not read the teams</source>
        <translation>خواندن تیم‌ها ممکن نشد</translation>
    </message>
    <message>
        <source>could not read the draft</source>
        <translation>خواندن پیش‌نویس ممکن نشد</translation>
    </message>
    <message>
        <source>could not read the workshop</source>
        <translation>خواندن کارگاه ممکن نشد</translation>
    </message>
    <message>
        <source>there is no workshop with id %1</source>
        <translation>کارگاهی با شناسه‌ی %1 وجود ندارد</translation>
    </message>
    <message>
        <source>could not read the workshops</source>
        <translation>خواندن کارگاه‌ها ممکن نشد</translation>
    </message>
    <message>
        <source>the workshop was not saved: %1</source>
        <translation>کارگاه ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>assessment %1 was not saved: %2</source>
        <translation>ارزیابی %1 ذخیره نشد: %2</translation>
    </message>
    <message>
        <source>%1: a symbolic link to %2, which does not exist</source>
        <translation>%1: پیوند نمادین به %2 است که وجود ندارد</translation>
    </message>
    <message>
        <source>%1: not a regular file (a device, a pipe or a socket); a database is a file of its own</source>
        <translation>%1: پروندهٔ معمولی نیست (دستگاه، لوله یا سوکت)؛ پایگاه داده پرونده‌ای مستقل است</translation>
    </message>
    <message>
        <source>%1: the file is empty, so it is not a Rater database; Rater makes a new database only where no file exists</source>
        <translation>%1: پرونده خالی است و پایگاه دادهٔ Rater نیست؛ Rater پایگاه دادهٔ تازه را فقط جایی می‌سازد که پرونده‌ای نباشد</translation>
    </message>
    <message>
        <source>%1: the database&apos;s structure is not the one Rater makes, so Rater will not write to it: %2</source>
        <translation>%1: ساختار این پایگاه داده آن نیست که Rater می‌سازد، پس Rater در آن نمی‌نویسد: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the database; the folder %2 does not let Rater write a file (%3)</source>
        <translation>%1: ساختن پایگاه داده ممکن نیست؛ پوشهٔ %2 اجازهٔ نوشتن پرونده به Rater نمی‌دهد (%3)</translation>
    </message>
    <message>
        <source>%1: cannot create the database (%2)</source>
        <translation>%1: ساختن پایگاه داده ممکن نشد (%2)</translation>
    </message>
    <message>
        <source>table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>index</source>
        <translation>نمایه</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>ماشه</translation>
    </message>
    <message>
        <source>view</source>
        <translation>نما</translation>
    </message>
    <message>
        <source>it has a %1 &quot;%2&quot; that Rater does not make</source>
        <translation>در آن %1 «%2» هست که Rater نمی‌سازد</translation>
    </message>
    <message>
        <source>its %1 &quot;%2&quot; is not the one Rater makes</source>
        <translation>%1 «%2» آن، آنی نیست که Rater می‌سازد</translation>
    </message>
    <message>
        <source>its %1 &quot;%2&quot; is missing</source>
        <translation>%1 «%2» در آن نیست</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written, so SQLite cannot keep the database&apos;s journal there; Rater can read this database but not change it. Copy it to a folder you can write in to change it</source>
        <translation>در پوشهٔ %1 نمی‌توان نوشت، پس SQLite نمی‌تواند دفتر ثبت پایگاه داده را آنجا نگه دارد؛ Rater این پایگاه داده را می‌خواند ولی نمی‌تواند تغییرش دهد. برای تغییر، آن را به پوشه‌ای که در آن می‌توانید بنویسید رونوشت کنید</translation>
    </message>
    <message>
        <source>the file cannot be written (it is read-only); Rater can read this database but not change it</source>
        <translation>در این پرونده نمی‌توان نوشت (فقط‌خواندنی است)؛ Rater این پایگاه داده را می‌خواند ولی نمی‌تواند تغییرش دهد</translation>
    </message>
    <message>
        <source>the disk is full (%1); nothing was changed. Free some space and try again</source>
        <translation>دیسک پر است (%1)؛ چیزی تغییر نکرد. کمی فضا آزاد کنید و دوباره امتحان کنید</translation>
    </message>
    <message>
        <source>the database is damaged (%1); run &quot;rater-cli check&quot; for details and restore a backup</source>
        <translation>پایگاه داده آسیب دیده است (%1)؛ برای جزئیات «rater-cli check» را اجرا کنید و یک پشتیبان را بازگردانید</translation>
    </message>
    <message>
        <source>the database or its folder cannot be written (%1)</source>
        <translation>در پایگاه داده یا پوشهٔ آن نمی‌توان نوشت (%1)</translation>
    </message>
    <message>
        <source>the disk could not be read or written (%1)</source>
        <translation>خواندن از دیسک یا نوشتن در آن ممکن نشد (%1)</translation>
    </message>
    <message>
        <source>the database does not say which installation it belongs to</source>
        <translation>پایگاه داده نمی‌گوید به کدام نصب تعلق دارد</translation>
    </message>
    <message>
        <source>could not save the actions; none was stored</source>
        <translation>اقدام‌ها ذخیره نشدند؛ هیچ‌کدام نگه داشته نشد</translation>
    </message>
    <message>
        <source>action %1 was not saved: %2</source>
        <translation>اقدام %1 ذخیره نشد: %2</translation>
    </message>
    <message>
        <source>action %1 was not saved: it names no dimension</source>
        <translation>اقدام %1 ذخیره نشد: هیچ بُعدی را نام نمی‌برد</translation>
    </message>
    <message>
        <source>action %1 was not saved: there is no team &quot;%2&quot; in %3</source>
        <translation>اقدام %1 ذخیره نشد: تیمی به نام «%2» در %3 نیست</translation>
    </message>
    <message>
        <source>action %1 was not saved: there is no workshop with id %2</source>
        <translation>اقدام %1 ذخیره نشد: کارگاهی با شناسهٔ %2 نیست</translation>
    </message>
    <message>
        <source>could not read the actions</source>
        <translation>خواندن اقدام‌ها ممکن نشد</translation>
    </message>
    <message>
        <source>could not change the action</source>
        <translation>تغییر اقدام ممکن نشد</translation>
    </message>
    <message>
        <source>an action is closed as done or dropped</source>
        <translation>اقدام یا انجام‌شده بسته می‌شود یا کنارگذاشته</translation>
    </message>
    <message>
        <source>there is no action with id %1 in %2</source>
        <translation>اقدامی با شناسهٔ %1 در %2 نیست</translation>
    </message>
    <message>
        <source>action %1 was planned on %2; it cannot be closed before that, on %3</source>
        <translation>اقدام %1 در %2 برنامه‌ریزی شد؛ نمی‌توان آن را پیش از آن، در %3، بست</translation>
    </message>
    <message>
        <source>action %1 was done already, on %2</source>
        <translation>اقدام %1 پیش‌تر، در %2، انجام شده است</translation>
    </message>
    <message>
        <source>action %1 was dropped already, on %2</source>
        <translation>اقدام %1 پیش‌تر، در %2، کنار گذاشته شده است</translation>
    </message>
    <message>
        <source>action %1 is open already</source>
        <translation>اقدام %1 از پیش باز است</translation>
    </message>
    <message>
        <source>could not delete the action</source>
        <translation>حذف اقدام ممکن نشد</translation>
    </message>
    <message>
        <source>the action cannot be put back: there is no team &quot;%1&quot; any more</source>
        <translation>اقدام را نمی‌توان بازگرداند: دیگر تیمی به نام «%1» نیست</translation>
    </message>
    <message>
        <source>an action aims at one dimension; none was named</source>
        <translation>هر اقدام یک بُعد را هدف می‌گیرد؛ هیچ بُعدی نام برده نشد</translation>
    </message>
    <message>
        <source>an open action has no day it was closed on</source>
        <translation>اقدام باز روز بسته‌شدن ندارد</translation>
    </message>
    <message>
        <source>an action done or dropped needs the day it was closed on</source>
        <translation>اقدام انجام‌شده یا کنارگذاشته به روز بسته‌شدنش نیاز دارد</translation>
    </message>
    <message>
        <source>it was closed on %1, before it was planned on %2</source>
        <translation>در %1 بسته شد، پیش از آنکه در %2 برنامه‌ریزی شود</translation>
    </message>
    <message>
        <source>there is no team &quot;%1&quot; in %2; an action&apos;s team needs results</source>
        <translation>تیمی به نام «%1» در %2 نیست؛ تیمِ یک اقدام باید نتیجه داشته باشد</translation>
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
        <translation>این پایگاه داده باز نمی‌شود.</translation>
    </message>
    <message>
        <source>The file has not been changed. Choose another database to go on.</source>
        <translation>پرونده تغییری نکرده است. برای ادامه پایگاه داده‌ی دیگری برگزینید.</translation>
    </message>
    <message>
        <source>Choose Another File…</source>
        <translation>انتخاب پرونده‌ای دیگر…</translation>
    </message>
    <message>
        <source>Use the Default Database</source>
        <translation>استفاده از پایگاه داده‌ی پیش‌فرض</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Choose a Rater Database</source>
        <translation>انتخاب پایگاه داده‌ی Rater</translation>
    </message>
    <message>
        <source>Rater databases (*.sqlite *.db);;All files (*)</source>
        <translation>پایگاه‌های داده‌ی Rater ‏(*.sqlite *.db);;همه‌ی پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>The demo database cannot be opened.</source>
        <translation>پایگاه داده‌ی نمونه باز نمی‌شود.</translation>
    </message>
    <message>
        <source>The demo results could not be written.</source>
        <translation>نوشتن نتیجه‌های نمونه ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Folder</source>
        <translation>پوشه</translation>
    </message>
</context>
<context>
    <name>EntryLimits</name>
    <message>
        <source>the team name</source>
        <translation>نام تیم</translation>
    </message>
    <message>
        <source>the respondent code</source>
        <translation>کد پاسخ‌دهنده</translation>
    </message>
    <message>
        <source>the workshop&apos;s title</source>
        <translation>عنوان کارگاه</translation>
    </message>
    <message>
        <source>the facilitator&apos;s name</source>
        <translation>نام تسهیلگر</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; it may have at most %3</source>
        <translation>%1 %2 نویسه دارد؛ حداکثر %3 مجاز است</translation>
    </message>
    <message>
        <source>%1 holds a control character (U+%2) at character %3; write it as plain text on one line</source>
        <translation>%1 در نویسه‌ی %3 یک نویسه‌ی کنترلی (U+%2) دارد؛ آن را به صورت متن ساده در یک سطر بنویسید</translation>
    </message>
    <message>
        <source>%1 is outside the dates Rater keeps, %2 to %3</source>
        <translation>تاریخ %1 بیرون از بازه‌ی تاریخ‌هایی است که Rater نگه می‌دارد، از %2 تا %3</translation>
    </message>
    <message>
        <source>%1 is not well-formed Unicode: at character %2 there is half of a character (U+%3) without its other half</source>
        <translation>%1 یونیکد درست نیست: در نویسهٔ %2 نیمی از یک نویسه (U+%3) بدون نیمهٔ دیگرش آمده است</translation>
    </message>
    <message>
        <source>%1 holds a character that changes the direction of the text around it (U+%2) at character %3; Rater sets the direction of names itself</source>
        <translation>%1 نویسه‌ای دارد که جهت متن اطرافش را تغییر می‌دهد (U+%2) در نویسهٔ %3؛ Rater جهت نام‌ها را خودش تعیین می‌کند</translation>
    </message>
    <message>
        <source>the action&apos;s text</source>
        <translation>متن اقدام</translation>
    </message>
    <message>
        <source>the action&apos;s owner</source>
        <translation>مسئول اقدام</translation>
    </message>
    <message>
        <source>the action&apos;s text is empty; say what will be done</source>
        <translation>متن اقدام خالی است؛ بگویید چه کاری انجام خواهد شد</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1: cannot write the file</source>
        <translation>%1: پرونده نوشته نمی‌شود</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>نوشتن پرونده ممکن نشد.</translation>
    </message>
</context>
<context>
    <name>FacilitatorLock</name>
    <message>
        <source>Pass the Laptop</source>
        <translation>دست‌به‌دست کردن لپ‌تاپ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>Passphrase, again</source>
        <translation>تکرار گذرواژه</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>شروع (&amp;S)</translation>
    </message>
    <message>
        <source>While the laptop goes round, participants see only the quiz. Choose a passphrase of at least %1 characters: it is needed to leave this mode.</source>
        <translation>تا وقتی لپ‌تاپ دست‌به‌دست می‌شود، شرکت‌کنندگان فقط آزمون را می‌بینند. گذرواژه‌ای دست‌کم %1 نویسه‌ای برگزینید؛ برای بیرون آمدن از این حالت لازم است.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>گذرواژه (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>تکرار (&amp;A):</translation>
    </message>
    <message>
        <source>End Pass the Laptop</source>
        <translation>پایان دست‌به‌دست کردن لپ‌تاپ</translation>
    </message>
    <message>
        <source>&amp;End the Mode</source>
        <translation>پایان حالت (&amp;E)</translation>
    </message>
    <message>
        <source>Only the facilitator ends pass-the-laptop mode. Type the passphrase chosen when it started.</source>
        <translation>تنها برگزارکننده به حالت دست‌به‌دست کردن لپ‌تاپ پایان می‌دهد. گذرواژه‌ای را که هنگام شروع برگزیده شد بنویسید.</translation>
    </message>
    <message>
        <source>That is not the passphrase chosen when the mode started.</source>
        <translation>این گذرواژه‌ای نیست که هنگام شروع حالت برگزیده شد.</translation>
    </message>
    <message>
        <source>Pass-the-laptop mode goes on.</source>
        <translation>حالت دست‌به‌دست کردن لپ‌تاپ ادامه دارد.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>%1 belongs to the Rater database in use; choose another file</source>
        <translation>%1 بخشی از پایگاه داده‌ی Rater در حال استفاده است؛ پرونده‌ی دیگری برگزینید</translation>
    </message>
    <message>
        <source>%1: cannot read the file (there is no such file)</source>
        <translation>%1: خواندن پرونده ممکن نیست (چنین پرونده‌ای وجود ندارد)</translation>
    </message>
    <message>
        <source>%1: cannot read the file (it is a folder)</source>
        <translation>%1: خواندن پرونده ممکن نیست (یک پوشه است)</translation>
    </message>
    <message>
        <source>%1: cannot read the file (no permission)</source>
        <translation>%1: خواندن پرونده ممکن نیست (اجازه‌ی آن نیست)</translation>
    </message>
    <message>
        <source>%1: cannot write the file; the folder %2 does not exist</source>
        <translation>%1: نوشتن پرونده ممکن نیست؛ پوشه‌ی %2 وجود ندارد</translation>
    </message>
    <message>
        <source>%1: cannot write the file; %2 is not a folder</source>
        <translation>%1: نوشتن پرونده ممکن نیست؛ %2 پوشه نیست</translation>
    </message>
    <message>
        <source>%1: cannot write the file; a folder has that name</source>
        <translation>%1: نوشتن پرونده ممکن نیست؛ پوشه‌ای با این نام هست</translation>
    </message>
    <message>
        <source>%1: cannot write the file; no permission to change it</source>
        <translation>%1: نوشتن پرونده ممکن نیست؛ اجازه‌ی تغییر آن نیست</translation>
    </message>
    <message>
        <source>%1: cannot write the file; no permission to write in the folder %2</source>
        <translation>%1: نوشتن پرونده ممکن نیست؛ اجازه‌ی نوشتن در پوشه‌ی %2 نیست</translation>
    </message>
</context>
<context>
    <name>GroupCharts</name>
    <message>
        <source>Dimensions across the group, weakest first</source>
        <translation>ابعاد در گروه، ضعیف‌ترین نخست</translation>
    </message>
    <message>
        <source>How the group answered each statement</source>
        <translation>پاسخ گروه به هر عبارت</translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message>
        <source>--fiscal-start takes a month from 1 to 12; got &quot;%1&quot;</source>
        <translation>گزینه‌ی --fiscal-start ماهی از ۱ تا ۱۲ می‌گیرد؛ اما «%1» آمده است</translation>
    </message>
    <message>
        <source>%1 already holds assessments; write the demo data to a new file</source>
        <translation>%1 از پیش ارزیابی دارد؛ داده‌ی نمایشی را در پرونده‌ای تازه بنویسید</translation>
    </message>
    <message>
        <source>Wrote %1 demo assessments to %2.</source>
        <translation>%1 ارزیابی نمایشی در %2 نوشته شد.</translation>
    </message>
    <message>
        <source>there is no team &quot;%1&quot;; the teams are: %2</source>
        <translation>تیمی به نام «%1» وجود ندارد؛ تیم‌ها: %2</translation>
    </message>
    <message>
        <source>%1: mean scores by period</source>
        <translation>%1: میانگین امتیازها در هر دوره</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>n</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>%1 (%2 to %3): mean scores by team</source>
        <translation>%1 (%2 تا %3): میانگین امتیازها برای هر تیم</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>* each team&apos;s lowest dimension</source>
        <translation>* ضعیف‌ترین بُعد هر تیم</translation>
    </message>
    <message>
        <source>▲ ▼ a real rise or fall (the 95% interval of the difference excludes zero); ≈ within the noise; ? too few assessments to tell</source>
        <translation>▲ ▼ افزایش یا کاهش واقعی (بازه‌ی ۹۵٪ تفاوت صفر را در بر ندارد)؛ ≈ در حد نوسان؛ ? ارزیابی‌ها برای داوری کم است</translation>
    </message>
</context>
<context>
    <name>HistoryTables</name>
    <message>
        <source>a real rise of %1</source>
        <translation>افزایش واقعی به اندازه‌ی %1</translation>
    </message>
    <message>
        <source>a real fall of %1</source>
        <translation>کاهش واقعی به اندازه‌ی %1</translation>
    </message>
    <message>
        <source>a change within the noise</source>
        <translation>تغییری در حد نوسان</translation>
    </message>
    <message>
        <source>too few assessments to tell</source>
        <translation>ارزیابی‌ها برای داوری کم است</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>n</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Mean total</source>
        <translation>میانگین جمع</translation>
    </message>
    <message>
        <source>%1, the team&apos;s lowest dimension</source>
        <translation>%1، ضعیف‌ترین بُعد تیم</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>not valid JSON at character %1 (%2)</source>
        <translation>JSON معتبر نیست، در نویسهٔ %1 (%2)</translation>
    </message>
    <message>
        <source>record %1 is longer than %2 MiB</source>
        <translation>رکورد %1 بلندتر از %2 مبی‌بایت است</translation>
    </message>
    <message>
        <source>a bracket closes nothing</source>
        <translation>کروشه‌ای بسته شده که باز نشده بود</translation>
    </message>
    <message>
        <source>the file ends inside a record</source>
        <translation>پرونده در میانهٔ یک رکورد تمام می‌شود</translation>
    </message>
    <message>
        <source>the file is empty; expected a list of assessments in brackets [ ]</source>
        <translation>پرونده خالی است؛ فهرستی از ارزیابی‌ها درون کروشه‌های [ ] انتظار می‌رفت</translation>
    </message>
    <message>
        <source>expected a list of assessments in brackets [ ]</source>
        <translation>فهرستی از ارزیابی‌ها درون کروشه‌های [ ] انتظار می‌رفت</translation>
    </message>
    <message>
        <source>expected [</source>
        <translation>[ انتظار می‌رفت</translation>
    </message>
    <message>
        <source>the list of assessments is never closed with ]</source>
        <translation>فهرست ارزیابی‌ها هرگز با ] بسته نمی‌شود</translation>
    </message>
    <message>
        <source>expected a record</source>
        <translation>رکوردی انتظار می‌رفت</translation>
    </message>
    <message>
        <source>expected , or ] after record %1</source>
        <translation>پس از رکورد %1، , یا ] انتظار می‌رفت</translation>
    </message>
    <message>
        <source>there is more after the closing ]</source>
        <translation>پس از ] پایانی باز هم چیزی هست</translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <source>&quot;%1&quot; is not the address of a PostgreSQL store; write it as postgresql://[user@]host[:port]/database</source>
        <translation>«%1» نشانی انبارهٔ PostgreSQL نیست؛ آن را به شکل postgresql://[user@]host[:port]/database بنویسید</translation>
    </message>
    <message>
        <source>%1: the value of &quot;%2&quot; cannot hold a semicolon</source>
        <translation>%1: مقدار «%2» نمی‌تواند نقطه‌ویرگول داشته باشد</translation>
    </message>
    <message>
        <source>%1: the address names no database; add it after the host, as in postgresql://localhost/rater</source>
        <translation>%1: نشانی هیچ پایگاه داده‌ای را نام نمی‌برد؛ آن را پس از میزبان بیفزایید، مانند postgresql://localhost/rater</translation>
    </message>
    <message>
        <source>cannot reach %1: Qt&apos;s PostgreSQL driver is not installed (Debian&apos;s package libqt6sql6-psql)</source>
        <translation>دسترسی به %1 ممکن نیست: درایور PostgreSQL کیوت نصب نیست (بستهٔ دبیان libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot reach the organisation store %1: %2</source>
        <translation>دسترسی به انبارهٔ سازمان %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>%1: %2: the login &quot;%3&quot; does not have the right to do this (%4)</source>
        <translation>%1: %2: حساب ورود «%3» اجازهٔ این کار را ندارد (%4)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>cannot read the schema</source>
        <translation>خواندن طرح‌واره ممکن نیست</translation>
    </message>
    <message>
        <source>%1 is set up already (Rater schema %2); nothing was changed</source>
        <translation>%1 از پیش راه‌اندازی شده است (طرح‌وارهٔ Rater شمارهٔ %2)؛ چیزی تغییر نکرد</translation>
    </message>
    <message>
        <source>could not set up the store</source>
        <translation>راه‌اندازی انباره ممکن نشد</translation>
    </message>
    <message>
        <source>cannot look up &quot;%1&quot;</source>
        <translation>جست‌وجوی «%1» ممکن نیست</translation>
    </message>
    <message>
        <source>%1: there is no login &quot;%2&quot; on this server; its administrator creates it first, for example with: createuser --pwprompt %2</source>
        <translation>%1: حساب ورود «%2» روی این کارساز نیست؛ راهبر کارساز نخست آن را می‌سازد، برای نمونه با: createuser --pwprompt %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a role that cannot log in; rights are given to logins</source>
        <translation>%1: «%2» نقشی است که نمی‌تواند وارد شود؛ اختیارات به حساب‌های ورود داده می‌شود</translation>
    </message>
    <message>
        <source>could not give &quot;%1&quot; the role %2</source>
        <translation>دادن نقش %2 به «%1» ممکن نشد</translation>
    </message>
    <message>
        <source>could not make &quot;%1&quot; a lead</source>
        <translation>سرپرست کردن «%1» ممکن نشد</translation>
    </message>
    <message>
        <source>could not take back the rights of &quot;%1&quot;</source>
        <translation>پس گرفتن اختیارات «%1» ممکن نشد</translation>
    </message>
    <message>
        <source>could not list the members</source>
        <translation>فهرست کردن اعضا ممکن نشد</translation>
    </message>
    <message>
        <source>could not read the threshold</source>
        <translation>خواندن آستانه ممکن نشد</translation>
    </message>
    <message>
        <source>could not change the threshold</source>
        <translation>تغییر آستانه ممکن نشد</translation>
    </message>
    <message>
        <source>cannot read the store&apos;s identity</source>
        <translation>خواندن شناسهٔ انباره ممکن نیست</translation>
    </message>
    <message>
        <source>cannot read the login&apos;s rights</source>
        <translation>خواندن اختیارات حساب ورود ممکن نیست</translation>
    </message>
    <message>
        <source>cannot read the teams</source>
        <translation>خواندن تیم‌ها ممکن نیست</translation>
    </message>
    <message>
        <source>could not store the results sent</source>
        <translation>ذخیرهٔ نتیجه‌های فرستاده‌شده ممکن نشد</translation>
    </message>
    <message>
        <source>%1: the login &quot;%2&quot; may not store results there; a team&apos;s lead sends the results of their teams, an admin any</source>
        <translation>%1: حساب ورود «%2» اجازهٔ ذخیرهٔ نتیجه در آن‌جا را ندارد؛ سرپرست هر تیم نتیجه‌های تیم‌های خود را می‌فرستد و راهبر هر نتیجه‌ای را</translation>
    </message>
    <message>
        <source>%1: the store holds the results sent, but this database could not note it (%2); the next sync finds them there</source>
        <translation>%1: انباره نتیجه‌های فرستاده‌شده را دارد، ولی این پایگاه داده نتوانست آن را یادداشت کند (%2)؛ همگام‌سازی بعدی آن‌ها را آن‌جا می‌یابد</translation>
    </message>
    <message>
        <source>the login may not write the team &quot;%1&quot;</source>
        <translation>این حساب ورود اجازهٔ نوشتن در تیم «%1» را ندارد</translation>
    </message>
    <message>
        <source>line %1 is not a result</source>
        <translation>سطر %1 نتیجه نیست</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is missing or wrong</source>
        <translation>سطر %1: «%2» نیست یا نادرست است</translation>
    </message>
    <message>
        <source>%1 is refused whole, nothing was stored: %2</source>
        <translation>%1 به‌طور کامل رد شد و چیزی ذخیره نشد: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: خواندن پرونده ممکن نیست (%2)</translation>
    </message>
    <message>
        <source>line %1 is cut short or too long</source>
        <translation>سطر %1 بریده یا بیش از اندازه بلند است</translation>
    </message>
    <message>
        <source>there is more after its checksum (line %1)</source>
        <translation>پس از چکیدهٔ آن چیز دیگری هست (سطر %1)</translation>
    </message>
    <message>
        <source>it is not a Rater bundle</source>
        <translation>بستهٔ Rater نیست</translation>
    </message>
    <message>
        <source>it is a bundle of another version (%1); this Rater reads version %2</source>
        <translation>بسته‌ای از نسخه‌ای دیگر است (%1)؛ این Rater نسخهٔ %2 را می‌خواند</translation>
    </message>
    <message>
        <source>its checksum does not match its contents: it was damaged or altered</source>
        <translation>چکیدهٔ آن با محتوایش نمی‌خواند: آسیب دیده یا دست‌کاری شده است</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>خالی است</translation>
    </message>
    <message>
        <source>it ends before its checksum</source>
        <translation>پیش از چکیده‌اش تمام می‌شود</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1: نوشتن پرونده ممکن نیست (%2)</translation>
    </message>
    <message>
        <source>%1: could not write (%2)</source>
        <translation>%1: نوشتن ممکن نشد (%2)</translation>
    </message>
    <message>
        <source>%1: the store sums %2 statements for team &quot;%3&quot;; &quot;%4&quot; has %5</source>
        <translation>%1: مخزن برای تیم «%3» مجموع %2 عبارت را دارد؛ «%4» %5 عبارت دارد</translation>
    </message>
    <message>
        <source>cannot read the teams&apos; figures</source>
        <translation>خواندن ارقام تیم‌ها ممکن نشد</translation>
    </message>
    <message>
        <source>%1: a manager reads the organisation&apos;s figures by whole calendar quarters of the Gregorian calendar (such as Q1 2026), not from %2 to %3</source>
        <translation>%1: مدیر ارقام سازمان را فقط به صورت فصل‌های کامل تقویم میلادی (مانند Q1 2026) می‌خواند، نه از %2 تا %3</translation>
    </message>
    <message>
        <source>%1: the figures of team &quot;%2&quot; are not a list of sums: %3</source>
        <translation>%1: ارقام تیم «%2» فهرستی از مجموع‌ها نیست: %3</translation>
    </message>
    <message>
        <source>cannot read the periods</source>
        <translation>خواندن دوره‌ها ممکن نشد</translation>
    </message>
    <message>
        <source>Sent %1, already there %2.</source>
        <translation>فرستاده شد: %1، از پیش آن‌جا بود: %2.</translation>
    </message>
    <message>
        <source>Corrections sent: %1.</source>
        <translation>اصلاح‌های فرستاده‌شده: %1.</translation>
    </message>
    <message>
        <source>Changed in the store since they were corrected, and kept as the store has them: the results of lines %1.</source>
        <translation>پس از اصلاح در انباره تغییر کرده‌اند و همان‌گونه که در انباره هستند ماندند: نتیجه‌های سطرهای %1.</translation>
    </message>
    <message>
        <source>Changed in the store since they were corrected here, and kept as the store has them: %1.</source>
        <translation>پس از اصلاح در این‌جا، در انباره تغییر کرده‌اند و همان‌گونه که در انباره هستند ماندند: %1.</translation>
    </message>
    <message>
        <source>Not stored: %1 results of teams the login does not lead (%2).</source>
        <translation>ذخیره نشد: %1 نتیجه از تیم‌هایی که این حساب ورود سرپرستشان نیست (%2).</translation>
    </message>
    <message>
        <source>Kept here, not sent: %1 results of teams the login does not lead (%2).</source>
        <translation>این‌جا ماند و فرستاده نشد: %1 نتیجه از تیم‌هایی که این حساب ورود سرپرستشان نیست (%2).</translation>
    </message>
    <message>
        <source>%1: a manager reads the teams&apos; quarters side by side (rater-cli compare), not one team&apos;s assessments</source>
        <translation>%1: مدیر فصل‌های تیم‌ها را کنار هم می‌خواند (rater-cli compare)، نه ارزیابی‌های یک تیم را</translation>
    </message>
    <message>
        <source>cannot read the history of &quot;%1&quot;</source>
        <translation>خواندن روند «%1» ممکن نشد</translation>
    </message>
    <message>
        <source>statement %1 of &quot;%2&quot; gives its item scores by a list that sums of answers cannot be turned into; read its results from a database file</source>
        <translation>عبارت %1 در «%2» امتیازهایش را با فهرستی می‌دهد که از مجموع پاسخ‌ها به دست نمی‌آید؛ نتایج آن را از یک فایل پایگاه داده بخوانید</translation>
    </message>
    <message>
        <source>%1: the login &quot;%2&quot; reads the teams&apos; figures by quarter (rater-cli compare), not single assessments</source>
        <translation>%1: حساب ورود «%2» ارقام تیم‌ها را فصل به فصل می‌خواند (rater-cli compare)، نه ارزیابی‌های تکی را</translation>
    </message>
    <message>
        <source>cannot read the assessments</source>
        <translation>خواندن ارزیابی‌ها ممکن نیست</translation>
    </message>
    <message>
        <source>%1: assessment %2 has unreadable answers: %3</source>
        <translation>%1: پاسخ‌های ارزیابی %2 خواندنی نیست: %3</translation>
    </message>
    <message>
        <source>%1: the login &quot;%2&quot; does not record in the store; a team&apos;s lead records for their teams, an admin for any</source>
        <translation>%1: حساب ورود «%2» در انباره ثبت نمی‌کند؛ سرپرست هر تیم برای تیم‌های خود ثبت می‌کند و راهبر برای هر تیمی</translation>
    </message>
    <message>
        <source>%1: the login &quot;%2&quot; leads no team yet; an admin gives it teams with rater-cli org grant --lead %2 --team NAME</source>
        <translation>%1: حساب ورود «%2» هنوز سرپرست هیچ تیمی نیست؛ راهبر با rater-cli org grant --lead %2 --team NAME به آن تیم می‌دهد</translation>
    </message>
    <message>
        <source>%1: you can record for %2 only, not for &quot;%3&quot;</source>
        <translation>%1: فقط برای %2 می‌توانید ثبت کنید، نه برای «%3»</translation>
    </message>
    <message>
        <source>could not save the workshop</source>
        <translation>ذخیرهٔ کارگاه ممکن نشد</translation>
    </message>
    <message>
        <source>could not read the workshop</source>
        <translation>خواندن کارگاه ممکن نشد</translation>
    </message>
    <message>
        <source>%1: there is no workshop with id %2 that the login &quot;%3&quot; may read</source>
        <translation>%1: کارگاهی با شناسه‌ی %2 که حساب ورود «%3» اجازهٔ خواندنش را داشته باشد وجود ندارد</translation>
    </message>
    <message>
        <source>could not read the workshop&apos;s participants</source>
        <translation>خواندن شرکت‌کنندگان کارگاه ممکن نشد</translation>
    </message>
    <message>
        <source>Teams renamed or merged in the store as here, with their leads and workshops: %1.</source>
        <translation>تیم‌هایی که در انباره مانند این‌جا تغییر نام یافتند یا ادغام شدند، همراه با سرپرستان و کارگاه‌هایشان: %1.</translation>
    </message>
    <message>
        <source>no assessment was given</source>
        <translation>هیچ ارزیابی‌ای داده نشد</translation>
    </message>
    <message>
        <source>could not move the assessments to the bin</source>
        <translation>انتقال ارزیابی‌ها به سطل بازیافت ممکن نشد</translation>
    </message>
    <message>
        <source>could not restore the assessments</source>
        <translation>بازگرداندن ارزیابی‌ها ممکن نشد</translation>
    </message>
    <message>
        <source>there is no assessment with id %1 that the login &quot;%2&quot; may change</source>
        <translation>ارزیابی‌ای با شناسه‌ی %1 که حساب ورود «%2» اجازهٔ تغییرش را داشته باشد وجود ندارد</translation>
    </message>
    <message>
        <source>assessment %1 is in the bin; restore it first</source>
        <translation>ارزیابی %1 در سطل بازیافت است؛ نخست آن را برگردانید</translation>
    </message>
    <message>
        <source>assessment %1 is not in the bin</source>
        <translation>ارزیابی %1 در سطل بازیافت نیست</translation>
    </message>
    <message>
        <source>could not correct the assessment</source>
        <translation>اصلاح ارزیابی ممکن نشد</translation>
    </message>
    <message>
        <source>could not empty the bin</source>
        <translation>خالی کردن سطل بازیافت ممکن نشد</translation>
    </message>
    <message>
        <source>%1: the login &quot;%2&quot; does not rename or merge teams in the store; an admin does, or an admin&apos;s sync carries a laptop&apos;s</source>
        <translation>%1: حساب ورود «%2» در انباره نام تیم‌ها را تغییر نمی‌دهد و آن‌ها را ادغام نمی‌کند؛ راهبر این کار را می‌کند، یا همگام‌سازی راهبر تغییرات یک رایانه را می‌برد</translation>
    </message>
    <message>
        <source>there is no team &quot;%1&quot; in the store</source>
        <translation>تیمی به نام «%1» در انباره نیست</translation>
    </message>
    <message>
        <source>nothing to change: the team is called &quot;%1&quot; already</source>
        <translation>چیزی برای تغییر نیست: نام تیم همین حالا «%1» است</translation>
    </message>
    <message>
        <source>could not rename the team</source>
        <translation>تغییر نام تیم ممکن نشد</translation>
    </message>
    <message>
        <source>there is already a team &quot;%1&quot;; to put the results of &quot;%2&quot; together with it, merge &quot;%2&quot; into &quot;%1&quot; instead</source>
        <translation>تیمی به نام «%1» هست؛ برای یکی کردن نتیجه‌های «%2» با آن، به جای این کار «%2» را در «%1» ادغام کنید</translation>
    </message>
    <message>
        <source>a team cannot be merged into itself (&quot;%1&quot;)</source>
        <translation>تیم را نمی‌توان در خودش ادغام کرد («%1»)</translation>
    </message>
    <message>
        <source>could not merge the teams</source>
        <translation>ادغام تیم‌ها ممکن نشد</translation>
    </message>
    <message>
        <source>there is no team &quot;%1&quot; in the store to merge into</source>
        <translation>تیمی به نام «%1» در انباره نیست که در آن ادغام شود</translation>
    </message>
    <message>
        <source>assessment %1 was not saved: %2</source>
        <translation>ارزیابی %1 ذخیره نشد: %2</translation>
    </message>
    <message>
        <source>could not save; nothing was stored</source>
        <translation>ذخیره نشد؛ هیچ چیز نگه داشته نشد</translation>
    </message>
    <message>
        <source>%1 holds no Rater store; its owner sets one up with rater-cli org init</source>
        <translation>در %1 مخزنی از Rater نیست؛ مالک آن با rater-cli org init آن را برپا می‌کند</translation>
    </message>
    <message>
        <source>%1 was set up by a newer Rater (store schema %2; this one knows %3)</source>
        <translation>%1 را نسخه‌ای تازه‌تر از Rater برپا کرده است (طرح مخزن %2؛ این نسخه %3 را می‌شناسد)</translation>
    </message>
    <message>
        <source>could not check the store</source>
        <translation>بررسی مخزن ممکن نشد</translation>
    </message>
    <message>
        <source>row-level security is off on rater.%1: leads could read every team&apos;s rows there; its owner turns it on with ALTER TABLE rater.%1 ENABLE ROW LEVEL SECURITY</source>
        <translation>امنیت سطح ردیف در rater.%1 خاموش است: سرپرستان می‌توانند ردیف‌های همهٔ تیم‌ها را آنجا بخوانند؛ مالک آن را با ALTER TABLE rater.%1 ENABLE ROW LEVEL SECURITY روشن می‌کند</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… و %1 مورد دیگر</translation>
    </message>
    <message>
        <source>could not read the actions</source>
        <translation>اقدام‌ها خوانده نشدند</translation>
    </message>
    <message>
        <source>could not store the actions sent</source>
        <translation>اقدام‌های فرستاده‌شده ذخیره نشدند</translation>
    </message>
    <message>
        <source>%1: %2: the store has no Rater schema, or one older than this Rater&apos;s; its owner sets it up or brings it up to date with rater-cli org init</source>
        <translation>%1: %2: انباره طرح Rater ندارد، یا طرحی قدیمی‌تر از این Rater دارد؛ مالکش آن را با rater-cli org init برپا یا به‌روز می‌کند</translation>
    </message>
    <message>
        <source>could not bring the store up to schema %1</source>
        <translation>انباره به طرح %1 به‌روز نشد</translation>
    </message>
    <message>
        <source>Actions sent: %1; brought up to date: %2.</source>
        <translation>اقدام‌های فرستاده‌شده: %1؛ به‌روزشده: %2.</translation>
    </message>
    <message>
        <source>Kept here, not sent: %1 actions of teams the login does not lead.</source>
        <translation>این‌جا ماند و فرستاده نشد: %1 اقدام از تیم‌هایی که این حساب ورود سرپرستشان نیست.</translation>
    </message>
</context>
<context>
    <name>OrganisationCommands</name>
    <message>
        <source>The store %1 is set up: Rater&apos;s schema, and the roles rater_admin, rater_manager and rater_lead. Groups of fewer than %2 assessments are withheld from managers.</source>
        <translation>انبارهٔ %1 راه‌اندازی شد: طرح‌وارهٔ Rater و نقش‌های rater_admin و rater_manager و rater_lead. گروه‌هایی با کمتر از %2 ارزیابی از مدیران پنهان می‌مانند.</translation>
    </message>
    <message>
        <source>give one of --lead LOGIN, --manager LOGIN or --admin LOGIN</source>
        <translation>یکی از ‎--lead LOGIN یا ‎--manager LOGIN یا ‎--admin LOGIN را بدهید</translation>
    </message>
    <message>
        <source>a lead leads teams: name them with --team NAME, once for each</source>
        <translation>سرپرست تیم‌هایی را رهبری می‌کند: آن‌ها را با ‎--team NAME نام ببرید، یک بار برای هر تیم</translation>
    </message>
    <message>
        <source>--team goes with --lead; managers and admins see every team</source>
        <translation>‎--team همراه ‎--lead می‌آید؛ مدیران و راهبران همهٔ تیم‌ها را می‌بینند</translation>
    </message>
    <message>
        <source>a team&apos;s name cannot be empty</source>
        <translation>نام تیم نمی‌تواند خالی باشد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now leads: %2.</source>
        <translation>«%1» اکنون سرپرست این‌هاست: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now has the role %2.</source>
        <translation>«%1» اکنون نقش %2 را دارد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no Rater role or team any more.</source>
        <translation>«%1» دیگر هیچ نقش یا تیمی در Rater ندارد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer leads: %2.</source>
        <translation>«%1» دیگر سرپرست این‌ها نیست: %2.</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>اعضا: %1</translation>
    </message>
    <message>
        <source>the threshold is a whole number of 2 or more; got &quot;%1&quot;</source>
        <translation>آستانه عددی درست از ۲ به بالاست؛ مقدار داده‌شده «%1» بود</translation>
    </message>
    <message>
        <source>Groups of fewer than %1 assessments are withheld from managers.</source>
        <translation>گروه‌هایی با کمتر از %1 ارزیابی از مدیران پنهان می‌مانند.</translation>
    </message>
    <message>
        <source>--store takes the store&apos;s UUID; got &quot;%1&quot;</source>
        <translation>‎--store شناسهٔ یکتای (UUID) انباره را می‌گیرد؛ مقدار داده‌شده «%1» بود</translation>
    </message>
    <message>
        <source>this database has synced with several stores; choose one with --store UUID: %1</source>
        <translation>این پایگاه داده با چند انباره همگام شده است؛ یکی را با ‎--store UUID برگزینید: %1</translation>
    </message>
    <message>
        <source>Bundled %1 results into %2.</source>
        <translation>%1 نتیجه در %2 بسته‌بندی شد.</translation>
    </message>
    <message>
        <source>%1 is a bundle for the organisation store; import it there: rater-cli import FILE --db postgresql://[user@]host/database</source>
        <translation>%1 بسته‌ای برای انبارهٔ سازمان است؛ آن را آن‌جا وارد کنید: rater-cli import FILE --db postgresql://[user@]host/database</translation>
    </message>
</context>
<context>
    <name>OwnerAndDueFields</name>
    <message>
        <source>A name or a role</source>
        <translation>یک نام یا یک نقش</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>مسئول (&amp;O):</translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation>موعد (&amp;U)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاریخ موعد</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>record %1</source>
        <translation>رکورد %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>خط %1</translation>
    </message>
    <message>
        <source>already in the workshop</source>
        <translation>از پیش در کارگاه هست</translation>
    </message>
    <message>
        <source>%1: %2: respondent &quot;%3&quot; appears twice (%4)</source>
        <translation>%1: %2: پاسخ‌دهنده‌ی «%3» دو بار آمده است (%4)</translation>
    </message>
    <message>
        <source>%1: %2: the same answers as %3, without a respondent code to tell them apart; a duplicate</source>
        <translation>%1: %2: همان پاسخ‌های %3، بی کد پاسخ‌دهنده‌ای که آن‌ها را از هم جدا کند؛ تکراری است</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter and year</comment>
        <translation>فصل %1 %2</translation>
    </message>
    <message>
        <source>H%1 %2</source>
        <comment>half-year and year</comment>
        <translation>نیمه‌ی %1 %2</translation>
    </message>
    <message>
        <source>FY %1</source>
        <comment>fiscal year</comment>
        <translation>سال مالی %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names period %2, but a year has %3</source>
        <translation>«%1» به دوره‌ی %2 اشاره دارد، اما سال %3 دوره دارد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a period label such as &quot;Q1 2026&quot; nor a date such as 2026-02-14</source>
        <translation>«%1» نه نام دوره‌ای مانند «Q1 2026» است و نه تاریخی مانند 2026-02-14</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period within the dates Rater keeps, %2 to %3</source>
        <translation>&quot;%1&quot; دوره‌ای در بازه‌ی تاریخ‌هایی که Rater نگه می‌دارد، از %2 تا %3، نیست</translation>
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
        <source>%1: the file is larger than %2 MiB; a questionnaire is far smaller</source>
        <translation>%1: حجم پرونده بیش از %2 مبی‌بایت است؛ یک پرسش‌نامه بسیار کوچک‌تر است</translation>
    </message>
    <message>
        <source>there is no built-in questionnaire &quot;%1&quot;; the built-in ones are: %2</source>
        <translation>پرسش‌نامه‌ی داخلی «%1» وجود ندارد؛ پرسش‌نامه‌های داخلی: %2</translation>
    </message>
    <message>
        <source>the list has %1 entries; a questionnaire may have at most %2</source>
        <translation>این فهرست %1 مورد دارد؛ یک پرسش‌نامه حداکثر %2 می‌تواند داشته باشد</translation>
    </message>
    <message>
        <source>%1 is beyond the numbers a questionnaire may use, %2 to %3</source>
        <translation>%1 بیرون از عددهایی است که یک پرسش‌نامه می‌تواند به کار ببرد، از %2 تا %3</translation>
    </message>
    <message>
        <source>the text is %1 characters long; a text may have at most %2</source>
        <translation>این متن %1 نویسه است؛ یک متن حداکثر %2 نویسه می‌تواند داشته باشد</translation>
    </message>
    <message>
        <source>the text is not well-formed Unicode (half of a surrogate pair)</source>
        <translation>این متن یونیکد درست نیست (نیمی از یک جفت جانشین)</translation>
    </message>
    <message>
        <source>the questionnaires that come with Rater are missing: %1 holds none; install Rater again</source>
        <translation>پرسشنامه‌هایی که همراه Rater می‌آیند پیدا نشدند: %1 هیچ‌کدام را ندارد؛ Rater را دوباره نصب کنید</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>statements not answered yet: %1</source>
        <translation>عبارت‌هایی که هنوز پاسخ نگرفته‌اند: %1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Wrote the report of &quot;%1&quot; to %2.</source>
        <translation>گزارش «%1» در %2 نوشته شد.</translation>
    </message>
</context>
<context>
    <name>ResultReport</name>
    <message>
        <source>Team: %1</source>
        <translation>تیم: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>تاریخ: %1</translation>
    </message>
    <message>
        <source>Respondent: %1</source>
        <translation>پاسخ‌دهنده: %1</translation>
    </message>
    <message>
        <source>Total: %1 of %2</source>
        <translation>جمع: %1 از %2</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>از کجا شروع کنیم</translation>
    </message>
    <message>
        <source>Statement by statement</source>
        <translation>عبارت به عبارت</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>عبارت</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Item score</source>
        <translation>امتیاز عبارت</translation>
    </message>
    <message>
        <source>Keying</source>
        <translation>امتیازدهی</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>در ابعاد</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>معکوس</translation>
    </message>
    <message>
        <source>Dimension scores (percent)</source>
        <translation>امتیاز ابعاد (درصد)</translation>
    </message>
    <message>
        <source>Dimension profile</source>
        <translation>نیم‌رخ ابعاد</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
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
    <name>Scoring</name>
    <message>
        <source>the total, %1, is too large a number for Rater to work with</source>
        <translation>مجموع، %1، بزرگ‌تر از عددی است که Rater با آن کار می‌کند</translation>
    </message>
    <message>
        <source>no band of the questionnaire covers the total %1</source>
        <translation>هیچ ردهٔ پرسش‌نامه مجموع %1 را در بر نمی‌گیرد</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>New quiz</source>
        <translation>آزمون تازه</translation>
    </message>
    <message>
        <source>Save the result</source>
        <translation>ذخیره‌ی نتیجه</translation>
    </message>
    <message>
        <source>Export the result as PDF</source>
        <translation>خروجی PDF از نتیجه</translation>
    </message>
    <message>
        <source>Print the result</source>
        <translation>چاپ نتیجه</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>وارد کردن نتیجه‌ها</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>خروجی نتیجه‌ها</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>باز کردن پایگاه داده</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ازنو</translation>
    </message>
    <message>
        <source>Copy a table</source>
        <translation>رونوشت از جدول</translation>
    </message>
    <message>
        <source>View</source>
        <translation>نما</translation>
    </message>
    <message>
        <source>Quiz and result</source>
        <translation>آزمون و نتیجه</translation>
    </message>
    <message>
        <source>History</source>
        <translation>روند</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>مقایسه</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>کارگاه‌ها</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>رکوردها</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>اقدام‌ها</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>آزمون</translation>
    </message>
    <message>
        <source>Answer the statement in focus</source>
        <translation>پاسخ به گزاره‌ی برگزیده</translation>
    </message>
    <message>
        <source>1 to 5</source>
        <translation>۱ تا ۵</translation>
    </message>
    <message>
        <source>Move along the scale</source>
        <translation>جابه‌جایی روی مقیاس</translation>
    </message>
    <message>
        <source>Answer with the marked point</source>
        <translation>پاسخ با درجه‌ی نشان‌شده</translation>
    </message>
    <message>
        <source>Previous or next statement</source>
        <translation>گزاره‌ی پیشین یا پسین</translation>
    </message>
    <message>
        <source>See the results</source>
        <translation>دیدن نتیجه</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <source>Edit the result</source>
        <translation>ویرایش نتیجه</translation>
    </message>
    <message>
        <source>Move results to another team</source>
        <translation>بردن نتیجه‌ها به تیمی دیگر</translation>
    </message>
    <message>
        <source>Delete results</source>
        <translation>پاک کردن نتیجه‌ها</translation>
    </message>
    <message>
        <source>Restore deleted results</source>
        <translation>بازگرداندن نتیجه‌های پاک‌شده</translation>
    </message>
    <message>
        <source>Delete the action</source>
        <translation>پاک کردن اقدام</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>راهنمای کاربر</translation>
    </message>
</context>
<context>
    <name>StorageCommands</name>
    <message>
        <source>assessment %1 cannot be scored: %2</source>
        <translation>امتیاز ارزیابی %1 را نمی‌توان حساب کرد: %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>پاسخ‌دهنده</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>رده</translation>
    </message>
    <message>
        <source>Assessments: %1</source>
        <translation>ارزیابی‌ها: %1</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… و %1 مشکل دیگر</translation>
    </message>
    <message>
        <source>nothing was imported from %1</source>
        <translation>چیزی از %1 وارد نشد</translation>
    </message>
    <message>
        <source>Imported %1 assessments from %2 into %3.</source>
        <translation>%1 ارزیابی از %2 به %3 وارد شد.</translation>
    </message>
    <message>
        <source>an xlsx export needs a file; give it with --out FILE.xlsx</source>
        <translation>خروجی xlsx پرونده لازم دارد؛ آن را با --out FILE.xlsx بدهید</translation>
    </message>
    <message>
        <source>could not write to standard output</source>
        <translation>در خروجی استاندارد نوشته نشد</translation>
    </message>
    <message>
        <source>%1: sound; %2 assessments of %3 teams, and SQLite&apos;s integrity check found nothing wrong</source>
        <translation>%1: سالم؛ %2 ارزیابی از %3 تیم، و بررسی یکپارچگی SQLite ایرادی نیافت</translation>
    </message>
    <message>
        <source>%1: damaged; the check found:</source>
        <translation>%1: آسیب‌دیده؛ بررسی این موارد را یافت:</translation>
    </message>
    <message>
        <source>Restore a backup, or save what can still be read with &quot;rater-cli export&quot;.</source>
        <translation>یک نسخه‌ی پشتیبان را بازگردانید، یا آنچه را هنوز خواناست با «rater-cli export» نگه دارید.</translation>
    </message>
    <message>
        <source>Wrote a copy of %1 to %2.</source>
        <translation>نسخه‌ای از %1 در %2 نوشته شد.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>زمان حذف</translation>
    </message>
    <message>
        <source>Already stored, and not stored again: %1.</source>
        <translation>از پیش ذخیره شده بود و دوباره ذخیره نشد: %1.</translation>
    </message>
    <message>
        <source>%1: sound; %2 assessments of %3 teams that the login &quot;%4&quot; may read, row-level security on, every answer and date readable</source>
        <translation>%1: سالم؛ %2 ارزیابی از %3 تیم که ورود «%4» اجازهٔ خواندنشان را دارد، امنیت سطح ردیف روشن، همهٔ پاسخ‌ها و تاریخ‌ها خواندنی</translation>
    </message>
    <message>
        <source>%1: the check found:</source>
        <translation>%1: بررسی این موارد را یافت:</translation>
    </message>
    <message>
        <source>Correct or delete those results (rater-cli edit, rater-cli delete), or restore the store from its pg_dump backup.</source>
        <translation>آن نتیجه‌ها را اصلاح یا حذف کنید (rater-cli edit، rater-cli delete)، یا مخزن را از پشتیبان pg_dump آن بازگردانید.</translation>
    </message>
    <message>
        <source>rater-cli backup copies a laptop&apos;s database file; the organisation store is backed up on its server with pg_dump (see docs/organisation.md)</source>
        <translation>rater-cli backup از پروندهٔ پایگاه دادهٔ یک لپ‌تاپ رونوشت می‌گیرد؛ از مخزن سازمان روی کارساز آن با pg_dump پشتیبان گرفته می‌شود (docs/organisation.md را ببینید)</translation>
    </message>
    <message>
        <source>%1: record %2: %3</source>
        <translation>%1: رکورد %2: %3</translation>
    </message>
    <message>
        <source>Actions imported: %1; already stored, and not stored again: %2.</source>
        <translation>اقدام‌های واردشده: %1؛ از پیش ذخیره‌شده و دوباره ذخیره‌نشده: %2.</translation>
    </message>
</context>
<context>
    <name>WorkshopCommands</name>
    <message>
        <source>nothing was imported from %1</source>
        <translation>چیزی از %1 وارد نشد</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 شرکت‌کننده</translation>
    </message>
    <message>
        <source>Group figures are withheld below %1 participants, so that no one&apos;s answers can be told apart.</source>
        <translation>آمار گروه زیر %1 شرکت‌کننده نشان داده نمی‌شود تا پاسخ‌های هیچ‌کس شناخته نشود.</translation>
    </message>
    <message>
        <source>Mean total %1 (standard deviation %2; from %3 to %4)</source>
        <translation>میانگین جمع %1 (انحراف معیار %2؛ از %3 تا %4)</translation>
    </message>
    <message>
        <source>median %1, quartiles %2 to %3</source>
        <translation>میانه %1، چارک‌ها از %2 تا %3</translation>
    </message>
    <message>
        <source>alpha %1</source>
        <translation>آلفا %1</translation>
    </message>
    <message>
        <source>Imported %1 participants into workshop %2, under the team &quot;%3&quot;.</source>
        <translation>%1 شرکت‌کننده به کارگاه %2 وارد شد، زیر تیم &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The file named other teams (%1); as participants of this workshop they were recorded under &quot;%2&quot;.</source>
        <translation>پرونده تیم‌های دیگری را نام برده بود (%1)؛ این افراد چون شرکت‌کنندگان این کارگاه‌اند زیر &quot;%2&quot; ثبت شدند.</translation>
    </message>
    <message>
        <source>Already stored, and not stored again: %1.</source>
        <translation>از پیش ذخیره شده بود و دوباره ذخیره نشد: %1.</translation>
    </message>
</context>
<context>
    <name>WorkshopReport</name>
    <message>
        <source>No one has answered yet. Collect the answers with Pass the Laptop or Paper Entry, or import participants&apos; files.</source>
        <translation>هنوز کسی پاسخ نداده است. پاسخ‌ها را با دست‌به‌دست کردن لپ‌تاپ یا ورود فرم‌های کاغذی گرد آورید، یا پرونده‌های شرکت‌کنندگان را وارد کنید.</translation>
    </message>
    <message>
        <source>Participants so far: %1. Group figures appear from %2 participants on, so that no one&apos;s answers can be told apart.</source>
        <translation>شرکت‌کنندگان تا کنون: %1. آمار گروه از %2 شرکت‌کننده به بالا نشان داده می‌شود تا پاسخ‌های هیچ‌کس شناخته نشود.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Participants: %1. Mean total %2 of %3 (%4); standard deviation %5, from %6 to %7.</source>
        <translation>شرکت‌کنندگان: %1. میانگین جمع %2 از %3 (%4)؛ انحراف معیار %5، از %6 تا %7.</translation>
    </message>
    <message>
        <source>Lowest statements</source>
        <translation>پایین‌ترین عبارت‌ها</translation>
    </message>
    <message>
        <source>%1. %2 (mean item score %3)</source>
        <translation>%1. %2 (میانگین امتیاز %3)</translation>
    </message>
    <message>
        <source>α under each dimension: Cronbach&apos;s alpha, how well its statements agree in this group.</source>
        <translation>α زیر هر بُعد: آلفای کرونباخ، یعنی عبارت‌های آن بُعد در این گروه چقدر با هم هماهنگ‌اند.</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>از کجا شروع کنیم</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>گزارش چاپ نشد.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>open a database of demo results</source>
        <translation>باز کردن پایگاه داده‌ای با نتایج نمایشی</translation>
    </message>
    <message>
        <source>database file, or the organisation store (postgresql://login@server/database) to compare its teams</source>
        <translation>فایل پایگاه داده، یا مخزن سازمان (postgresql://login@server/database) برای مقایسهٔ تیم‌هایش</translation>
    </message>
    <message>
        <source>Rater cannot start.</source>
        <translation>Rater نمی‌تواند آغاز به کار کند.</translation>
    </message>
</context>
<context>
    <name>rater::RecordsModel</name>
    <message>
        <source>Id</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>پاسخ‌دهنده</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>کارگاه</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>رده</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>زمان حذف</translation>
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
        <translation>معکوس</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>ویژه</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>عبارت</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Item score</source>
        <translation>امتیاز عبارت</translation>
    </message>
    <message>
        <source>Keying</source>
        <translation>امتیازدهی</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>در ابعاد</translation>
    </message>
</context>
<context>
    <name>rater::gui::ActionsView</name>
    <message>
        <source>&amp;Team:</source>
        <translation>تیم (&amp;T):</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>علامت انجام‌شده (&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;rop</source>
        <translation>کنار گذاشتن (&amp;R)</translation>
    </message>
    <message>
        <source>The selected action was done today</source>
        <translation>اقدام برگزیده امروز انجام شد</translation>
    </message>
    <message>
        <source>The selected action will not be done</source>
        <translation>اقدام برگزیده انجام نخواهد شد</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>بُعد</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Did it work?</source>
        <translation>نتیجه داد؟</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>اقدام‌ها</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>هنوز اقدامی نیست</translation>
    </message>
    <message>
        <source>Plan actions from a result&apos;s weakest dimensions (Plan Actions… on the result page); they are listed here by team, and once done, whether the dimension they aimed at really moved.</source>
        <translation>از ضعیف‌ترین بُعدهای یک نتیجه اقدام برنامه‌ریزی کنید (برنامه‌ریزی اقدام‌ها… در صفحه‌ی نتیجه)؛ این‌جا به تفکیک تیم فهرست می‌شوند و پس از انجام، نشان می‌دهند بُعدِ هدف واقعاً جابه‌جا شد یا نه.</translation>
    </message>
    <message>
        <source>The actions cannot be read</source>
        <translation>اقدام‌ها خوانده نمی‌شوند</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>از موعد گذشته</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>انجام‌شده %1</translation>
    </message>
    <message>
        <source>Dropped %1</source>
        <translation>کنارگذاشته %1</translation>
    </message>
    <message>
        <source>Open actions for %1: %2, overdue: %3</source>
        <translation>اقدام‌های باز %1: %2، از موعد گذشته: %3</translation>
    </message>
    <message>
        <source>Open actions for %1: %2</source>
        <translation>اقدام‌های باز %1: %2</translation>
    </message>
    <message>
        <source>Choose an action first.</source>
        <translation>نخست اقدامی را برگزینید.</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>حذف (&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected action (Delete); Edit ▸ Undo brings it back</source>
        <translation>اقدام برگزیده را حذف کنید (Delete)؛ ویرایش ▸ واگرد آن را بازمی‌گرداند</translation>
    </message>
    <message>
        <source>marking “%1” done</source>
        <translation>علامت انجام‌شده برای «%1»</translation>
    </message>
    <message>
        <source>dropping “%1”</source>
        <translation>کنار گذاشتن «%1»</translation>
    </message>
    <message>
        <source>deleting “%1”</source>
        <translation>حذف «%1»</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>ویرایش… (&amp;I)</translation>
    </message>
    <message>
        <source>Change the selected action&apos;s dimension, text, owner or due date</source>
        <translation>تغییر بُعد، متن، مسئول یا موعد اقدام انتخاب‌شده</translation>
    </message>
    <message>
        <source>editing “%1”</source>
        <translation>ویرایش «%1»</translation>
    </message>
</context>
<context>
    <name>rater::gui::ChangeLogDialog</name>
    <message>
        <source>Change Log</source>
        <translation>گزارش تغییرات</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>Corrections, newest first</source>
        <translation>اصلاح‌ها، تازه‌ترین نخست</translation>
    </message>
    <message>
        <source>The change log cannot be read: %1</source>
        <translation>گزارش تغییرات خوانده نمی‌شود: %1</translation>
    </message>
    <message>
        <source>No corrections have been made to this database.</source>
        <translation>هیچ اصلاحی در این پایگاه داده انجام نشده است.</translation>
    </message>
</context>
<context>
    <name>rater::gui::ComparisonView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>دوره (&amp;P):</translation>
    </message>
    <message>
        <source>Period to compare</source>
        <translation>دوره‌ی مقایسه</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>خروجی (&amp;X)…</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>خروجی گرفتن از مقایسه</translation>
    </message>
    <message>
        <source>Mean scores by team</source>
        <translation>میانگین امتیازها برای هر تیم</translation>
    </message>
    <message>
        <source>Colours run from red (low) to green (high). ▼ marks each team&apos;s lowest dimension. Select a column heading to sort.</source>
        <translation>رنگ‌ها از سرخ (پایین) تا سبز (بالا) است. ▼ ضعیف‌ترین بُعد هر تیم را نشان می‌دهد. برای مرتب‌سازی، سرستونی را برگزینید.</translation>
    </message>
    <message>
        <source>Dimension means by team, %1</source>
        <translation>میانگین ابعاد برای هر تیم، %1</translation>
    </message>
    <message>
        <source>Teams compared</source>
        <translation>مقایسه‌ی تیم‌ها</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>مقایسه</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>گزارش PDF…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>کارپوشه‌ی Excel…</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>نمودار با قالب PNG…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>سندهای PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>کارپوشه‌های Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>تصویرهای PNG ‏(*.png)</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>هنوز نتیجه‌ای نیست</translation>
    </message>
    <message>
        <source>Comparison puts every team side by side for one period: their mean totals and dimensions as a coloured table and as bars, with each team&apos;s weakest dimension marked. It fills as results are saved: take the quiz, import results, or open the demo database.</source>
        <translation>مقایسه همه‌ی تیم‌ها را در یک دوره کنار هم می‌گذارد: میانگین جمع و ابعاد را در جدولی رنگی و در میله‌ها، و ضعیف‌ترین بُعد هر تیم را نشان می‌دهد. با ذخیره شدن نتیجه‌ها پر می‌شود: آزمون را بدهید، نتیجه‌ها را وارد کنید یا پایگاه داده‌ی نمونه را باز کنید.</translation>
    </message>
    <message>
        <source>There is nothing to export yet: no team has results in this period.</source>
        <translation>هنوز چیزی برای خروجی نیست: هیچ تیمی در این دوره نتیجه‌ای ندارد.</translation>
    </message>
    <message>
        <source>The results cannot be read</source>
        <translation>نتایج خوانده نمی‌شوند</translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>خواندن دوباره (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;This Computer&apos;s Results</source>
        <translation>نتایج این رایانه (&amp;T)</translation>
    </message>
    <message>
        <source>Disconnect from the organisation store and compare the results of this computer&apos;s database</source>
        <translation>قطع اتصال از مخزن سازمان و مقایسهٔ نتایج پایگاه دادهٔ این رایانه</translation>
    </message>
    <message numerus="yes">
        <source>Organisation store %1, read as %2 (manager): quarters of the Gregorian calendar, and only teams with %Ln or more results in the quarter.</source>
        <translation>
            <numerusform>مخزن سازمان %1، خوانده‌شده با نام %2 (مدیر): فصل‌های تقویم میلادی، و فقط تیم‌هایی که در آن فصل %Ln نتیجه یا بیشتر دارند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to compare yet</source>
        <translation>هنوز چیزی برای مقایسه نیست</translation>
    </message>
    <message numerus="yes">
        <source>The organisation store shows a team&apos;s quarter once it holds %Ln or more results of that team. Results reach the store when team leads publish them from their laptops.</source>
        <translation>
            <numerusform>مخزن سازمان فصلِ یک تیم را وقتی نشان می‌دهد که دست‌کم %Ln نتیجه از آن تیم داشته باشد. نتایج وقتی به مخزن می‌رسند که سرپرستان تیم‌ها آن‌ها را از رایانه‌هایشان منتشر کنند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation store %1, read as %2: the results of the teams you may see.</source>
        <translation>مخزن سازمان %1، خوانده‌شده با نام %2: نتایج تیم‌هایی که اجازهٔ دیدنشان را دارید.</translation>
    </message>
    <message>
        <source>The organisation store holds no results of your teams yet: they reach it when results are published to it from a laptop.</source>
        <translation>مخزن سازمان هنوز نتیجه‌ای از تیم‌های شما ندارد: نتایج وقتی به آن می‌رسند که از یک لپ‌تاپ در آن منتشر شوند.</translation>
    </message>
</context>
<context>
    <name>rater::gui::ConnectStoreDialog</name>
    <message>
        <source>Connect to Organisation Store</source>
        <translation>اتصال به مخزن سازمان</translation>
    </message>
    <message>
        <source>The organisation&apos;s store is a PostgreSQL database that every team&apos;s results are sent to. Once connected, the Comparison tab shows the teams it holds, as far as your login may see them.</source>
        <translation>مخزن سازمان یک پایگاه دادهٔ PostgreSQL است که نتایج همهٔ تیم‌ها به آن فرستاده می‌شود. پس از اتصال، زبانهٔ مقایسه تیم‌های موجود در آن را تا جایی که حساب شما اجازه می‌دهد نشان می‌دهد.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>سرور (&amp;S):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>درگاه (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>پایگاه داده (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>نام کاربری (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>گذرواژه (&amp;P):</translation>
    </message>
    <message>
        <source>for example db.example.org</source>
        <translation>برای نمونه db.example.org</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>اتصال (&amp;C)</translation>
    </message>
    <message>
        <source>Publish to Organisation Store</source>
        <translation>انتشار در مخزن سازمان</translation>
    </message>
    <message>
        <source>Sends the organisation&apos;s store the results of this computer&apos;s database that it does not hold yet. A team lead sends the results of their own teams; the others stay here.</source>
        <translation>نتایجی از پایگاه دادهٔ این رایانه را که مخزن سازمان هنوز ندارد به آن می‌فرستد. سرپرست تیم نتایج تیم‌های خودش را می‌فرستد؛ بقیه همین‌جا می‌مانند.</translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation>انتشار (&amp;U)</translation>
    </message>
    <message>
        <source>Filled in from the system keychain. Rater never writes the password in its own settings.</source>
        <translation>از جاکلیدی سیستم پر شد. Rater گذرواژه را هرگز در تنظیمات خود نمی‌نویسد.</translation>
    </message>
    <message>
        <source>Rater never writes the password in its own settings. Leave it empty to use your ~/.pgpass file.</source>
        <translation>برنامهٔ Rater گذرواژه را هرگز در تنظیمات خود نمی‌نویسد. برای استفاده از پروندهٔ ‎~/.pgpass خود آن را خالی بگذارید.</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>نگه‌داشتن گذرواژه در جاکلیدی سیستم (&amp;K)</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached, so the password is asked for each time. Leave it empty to use your ~/.pgpass file.</source>
        <translation>دسترسی به جاکلیدی سیستم ممکن نیست، پس گذرواژه هر بار پرسیده می‌شود. برای استفاده از پروندهٔ ‎~/.pgpass خود آن را خالی بگذارید.</translation>
    </message>
</context>
<context>
    <name>rater::gui::EditActionDialog</name>
    <message>
        <source>Edit Action</source>
        <translation>ویرایش اقدام</translation>
    </message>
    <message>
        <source>An action of %1.</source>
        <translation>اقدامی از %1.</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>بُعد (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>اقدام (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ذخیره (&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>rater::gui::GuideWindow</name>
    <message>
        <source>Rater User Guide</source>
        <translation>راهنمای کاربر Rater</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>راهنمای کاربر</translation>
    </message>
    <message>
        <source>The user guide is not installed: %1 is missing. Installing Rater again puts it back.</source>
        <translation>راهنمای کاربر نصب نشده است: %1 پیدا نشد. نصب دوباره‌ی Rater آن را برمی‌گرداند.</translation>
    </message>
</context>
<context>
    <name>rater::gui::HistoryView</name>
    <message>
        <source>&amp;Teams:</source>
        <translation>تیم‌ها (&amp;T):</translation>
    </message>
    <message>
        <source>Teams to show</source>
        <translation>تیم‌هایی که نمایش داده شوند</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>دوره (&amp;P):</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>فصل</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>نیم‌سال</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Period length</source>
        <translation>طول دوره</translation>
    </message>
    <message>
        <source>&amp;Year starts in month:</source>
        <translation>سال از این ماه آغاز می‌شود (&amp;Y):</translation>
    </message>
    <message>
        <source>Month the fiscal year starts in</source>
        <translation>ماه آغاز سال مالی</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>خروجی (&amp;X)…</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>خروجی گرفتن از روند</translation>
    </message>
    <message>
        <source>Mean total by period</source>
        <translation>میانگین جمع در هر دوره</translation>
    </message>
    <message>
        <source>Mean dimension scores by period</source>
        <translation>میانگین ابعاد در هر دوره</translation>
    </message>
    <message>
        <source>Dimensions by period</source>
        <translation>ابعاد در هر دوره</translation>
    </message>
    <message>
        <source>Dimensions by period: %1</source>
        <translation>ابعاد در هر دوره: %1</translation>
    </message>
    <message>
        <source>Score history</source>
        <translation>روند امتیازها</translation>
    </message>
    <message>
        <source>Teams: %1</source>
        <translation>تیم‌ها: %1</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>جمع‌ها</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>ابعاد</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>گزارش PDF…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>کارپوشه‌ی Excel…</translation>
    </message>
    <message>
        <source>Total chart as PNG…</source>
        <translation>نمودار جمع با قالب PNG…</translation>
    </message>
    <message>
        <source>Dimension chart as PNG…</source>
        <translation>نمودار ابعاد با قالب PNG…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>سندهای PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>کارپوشه‌های Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>تصویرهای PNG ‏(*.png)</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>هنوز نتیجه‌ای نیست</translation>
    </message>
    <message>
        <source>History charts each team&apos;s mean score period by period, against the three bands, and marks which changes are larger than chance. It fills as results are saved: take the quiz, import results, or open the demo database to see three years of four teams.</source>
        <translation>روند، میانگین امتیاز هر تیم را دوره به دوره در برابر سه رده نشان می‌دهد و روشن می‌کند کدام تغییرها بزرگ‌تر از تصادف‌اند. با ذخیره شدن نتیجه‌ها پر می‌شود: آزمون را بدهید، نتیجه‌ها را وارد کنید یا پایگاه داده‌ی نمونه را باز کنید تا سه سال از چهار تیم را ببینید.</translation>
    </message>
    <message>
        <source>There is nothing to export yet: choose a team that has results.</source>
        <translation>هنوز چیزی برای خروجی نیست: تیمی را برگزینید که نتیجه دارد.</translation>
    </message>
    <message>
        <source>The results cannot be read</source>
        <translation>نتایج خوانده نمی‌شوند</translation>
    </message>
    <message>
        <source>▲ ▼ a real rise or fall: the 95% interval of the difference from the previous period excludes zero. ≈ within the noise. ? a single assessment, too few to tell.</source>
        <translation>▲ ▼ افزایش یا کاهش واقعی: بازه‌ی ۹۵٪ تفاوت با دوره‌ی پیش صفر را در بر ندارد. ≈ در حد نوسان. ? یک ارزیابی، کمتر از آن‌که بشود داوری کرد.</translation>
    </message>
    <message>
        <source>A manager&apos;s login reads the teams&apos; quarters side by side, in Comparison.</source>
        <translation>حساب ورود مدیر فصل‌های تیم‌ها را کنار هم می‌خواند، در زبانهٔ مقایسه.</translation>
    </message>
    <message>
        <source>Organisation store %1, read as %2: the results of the teams you may see.</source>
        <translation>مخزن سازمان %1، خوانده‌شده با نام %2: نتایج تیم‌هایی که اجازهٔ دیدنشان را دارید.</translation>
    </message>
    <message>
        <source>&amp;This Computer&apos;s Results</source>
        <translation>نتایج این رایانه (&amp;T)</translation>
    </message>
    <message>
        <source>Disconnect from the organisation store and show the history of this computer&apos;s results</source>
        <translation>قطع اتصال از مخزن سازمان و نمایش تاریخچهٔ نتایج این رایانه</translation>
    </message>
    <message>
        <source>Action done</source>
        <translation>اقدام انجام‌شده</translation>
    </message>
</context>
<context>
    <name>rater::gui::MainWindow</name>
    <message>
        <source>Your unfinished answers were restored.</source>
        <translation>پاسخ‌های نیمه‌کاره‌ی شما بازگردانده شد.</translation>
    </message>
    <message>
        <source>About Rater</source>
        <translation>درباره‌ی Rater</translation>
    </message>
    <message>
        <source>Rater — %1</source>
        <translation>Rater — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>پرونده (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Quiz</source>
        <translation>آزمون تازه (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save Result</source>
        <translation>ذخیره‌ی نتیجه (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export Result as PDF…</source>
        <translation>خروجی PDF از نتیجه (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print Result…</source>
        <translation>چاپ نتیجه (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>نما (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>زبان (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Automatic (by language)</source>
        <translation>خودکار (بر پایه‌ی زبان) (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Gregorian</source>
        <translation>میلادی (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Solar Hijri (Jalali)</source>
        <translation>هجری شمسی (جلالی) (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Islamic (civil)</source>
        <translation>هجری قمری (مدنی) (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>راهنما (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Rater</source>
        <translation>درباره‌ی Rater (&amp;A)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>The result could not be saved.</source>
        <translation>نتیجه ذخیره نشد.</translation>
    </message>
    <message>
        <source>Result saved to %1.</source>
        <translation>نتیجه در %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>در %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>rater-result-%1.pdf</source>
        <translation>rater-result-%1.pdf</translation>
    </message>
    <message>
        <source>Export Result as PDF</source>
        <translation>خروجی PDF از نتیجه</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>سندهای PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>روند (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>مقایسه (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quiz and Result</source>
        <translation>آزمون و نتیجه (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Workshops</source>
        <translation>کارگاه‌ها (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Import Results…</source>
        <translation>وارد کردن نتیجه‌ها (&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport Results…</source>
        <translation>خروجی نتیجه‌ها (&amp;X)…</translation>
    </message>
    <message>
        <source>Q&amp;uestionnaire</source>
        <translation>پرسش‌نامه (&amp;U)</translation>
    </message>
    <message>
        <source>New &amp;Database…</source>
        <translation>پایگاه داده‌ی تازه (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>باز کردن پایگاه داده (&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>باز کردن پایگاه‌های اخیر (&amp;R)</translation>
    </message>
    <message>
        <source>Open De&amp;mo Database</source>
        <translation>باز کردن پایگاه داده‌ی نمونه (&amp;M)</translation>
    </message>
    <message>
        <source>Take the Quiz</source>
        <translation>دادن آزمون</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>آزمون</translation>
    </message>
    <message>
        <source>History</source>
        <translation>روند</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>مقایسه</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>کارگاه‌ها</translation>
    </message>
    <message>
        <source>Calen&amp;dar</source>
        <translation>گاه‌شمار (&amp;D)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>پایگاه داده: %1</translation>
    </message>
    <message>
        <source>The answers cannot be scored.</source>
        <translation>امتیاز این پاسخ‌ها را نمی‌توان حساب کرد.</translation>
    </message>
    <message>
        <source>Save these answers first?</source>
        <translation>نخست این پاسخ‌ها ذخیره شوند؟</translation>
    </message>
    <message>
        <source>Every statement is answered, but the result has not been saved yet.</source>
        <translation>به همه‌ی عبارت‌ها پاسخ داده شده، اما نتیجه هنوز ذخیره نشده است.</translation>
    </message>
    <message>
        <source>%1 of %2 statements are answered; they will be cleared.</source>
        <translation>به %1 از %2 عبارت پاسخ داده شده؛ این پاسخ‌ها پاک می‌شوند.</translation>
    </message>
    <message>
        <source>Discard the answers given so far?</source>
        <translation>پاسخ‌هایی که تا کنون داده شده کنار گذاشته شوند؟</translation>
    </message>
    <message>
        <source>Save this result first?</source>
        <translation>نخست این نتیجه ذخیره شود؟</translation>
    </message>
    <message>
        <source>The result on screen has not been saved yet; without saving, it is lost.</source>
        <translation>نتیجه‌ی روی صفحه هنوز ذخیره نشده است؛ اگر ذخیره نشود از دست می‌رود.</translation>
    </message>
    <message>
        <source>The result could not be exported.</source>
        <translation>گرفتن خروجی از نتیجه ممکن نشد.</translation>
    </message>
    <message>
        <source>This database cannot be opened; the one in use stays open.</source>
        <translation>این پایگاه داده باز نمی‌شود؛ پایگاه داده‌ی کنونی باز می‌ماند.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 باز شد.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 از پیش وجود دارد.</translation>
    </message>
    <message>
        <source>A new database needs a name of its own. To use this file, choose File ▸ Open Database.</source>
        <translation>پایگاه داده‌ی تازه نامی از آنِ خود می‌خواهد. برای به کار بردن این پرونده، پرونده ◂ باز کردن پایگاه داده را برگزینید.</translation>
    </message>
    <message>
        <source>No databases opened yet</source>
        <translation>هنوز پایگاه داده‌ای باز نشده است</translation>
    </message>
    <message>
        <source>&amp;Clear This List</source>
        <translation>پاک کردن این فهرست (&amp;C)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>باز کردن پایگاه داده</translation>
    </message>
    <message>
        <source>Rater databases (*.sqlite *.db);;All files (*)</source>
        <translation>پایگاه‌های داده‌ی Rater ‏(*.sqlite *.db);;همه‌ی پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>پایگاه داده‌ی تازه</translation>
    </message>
    <message>
        <source>results.sqlite</source>
        <translation>results.sqlite</translation>
    </message>
    <message>
        <source>Rater databases (*.sqlite)</source>
        <translation>پایگاه‌های داده‌ی Rater ‏(*.sqlite)</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>هیچ پایگاه داده‌ای باز نیست.</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… و %1 مشکل دیگر</translation>
    </message>
    <message>
        <source>Results imported from %1: %2.</source>
        <translation>نتیجه‌های واردشده از %1: %2.</translation>
    </message>
    <message>
        <source>They are stored in %1.</source>
        <translation>در %1 ذخیره شدند.</translation>
    </message>
    <message>
        <source>Import Results</source>
        <translation>وارد کردن نتیجه‌ها</translation>
    </message>
    <message>
        <source>Results (*.csv *.json)</source>
        <translation>نتیجه‌ها ‏(*.csv *.json)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>چیزی وارد نشد.</translation>
    </message>
    <message>
        <source>%1: give the file a .csv, .json or .xlsx name</source>
        <translation>%1: نام پرونده باید به ‎.csv یا ‎.json یا ‎.xlsx پایان یابد</translation>
    </message>
    <message>
        <source>Results exported to %1: %2.</source>
        <translation>نتیجه‌های خروجی‌گرفته در %1: %2.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>پرونده‌های CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>پرونده‌های JSON ‏(*.json)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>کارپوشه‌های Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>خروجی نتیجه‌ها</translation>
    </message>
    <message>
        <source>rater-results-%1.csv</source>
        <translation>rater-results-%1.csv</translation>
    </message>
    <message>
        <source>The results could not be exported.</source>
        <translation>گرفتن خروجی از نتیجه‌ها ممکن نشد.</translation>
    </message>
    <message>
        <source>This questionnaire cannot be used; the one in use stays.</source>
        <translation>این پرسش‌نامه به کار نمی‌آید؛ پرسش‌نامه‌ی کنونی می‌ماند.</translation>
    </message>
    <message>
        <source>Questionnaire: %1</source>
        <translation>پرسش‌نامه: %1</translation>
    </message>
    <message>
        <source>&amp;From File…</source>
        <translation>از پرونده (&amp;F)…</translation>
    </message>
    <message>
        <source>Questionnaire File</source>
        <translation>پرونده‌ی پرسش‌نامه</translation>
    </message>
    <message>
        <source>Questionnaires (*.json)</source>
        <translation>پرسش‌نامه‌ها ‏(*.json)</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Results may be missing from lists and charts; restore a backup, or export what can still be read.</source>
        <translation>پایگاه دادهٔ %1 آسیب دیده است. ممکن است نتیجه‌هایی از فهرست‌ها و نمودارها جا بیفتد؛ یک پشتیبان را بازگردانید، یا آنچه را هنوز خوانا است برون‌برد کنید.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ویرایش (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Change Log…</source>
        <translation>گزارش تغییرات (&amp;C)…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>رکوردها</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>رکوردها (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>واگرد (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>واگرد %1 (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>انجام دوباره (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>انجام دوبارهٔ %1 (&amp;R)</translation>
    </message>
    <message>
        <source>Already stored, and not stored again: %1.</source>
        <translation>از پیش ذخیره شده بود و دوباره ذخیره نشد: %1.</translation>
    </message>
    <message>
        <source>&amp;Connect to Organisation Store…</source>
        <translation>اتصال به مخزن سازمان (&amp;C)…</translation>
    </message>
    <message>
        <source>Disconnec&amp;t from Organisation Store</source>
        <translation>قطع اتصال از مخزن سازمان (&amp;T)</translation>
    </message>
    <message>
        <source>Rater could not connect to the organisation store.</source>
        <translation>برنامهٔ Rater نتوانست به مخزن سازمان وصل شود.</translation>
    </message>
    <message>
        <source>The login %1 has no Rater role in the organisation store.</source>
        <translation>نام کاربری %1 در مخزن سازمان هیچ نقشی در Rater ندارد.</translation>
    </message>
    <message>
        <source>The store&apos;s administrator gives it one, for example with: rater-cli org grant --manager %1</source>
        <translation>مدیر مخزن به آن نقشی می‌دهد، برای نمونه با: rater-cli org grant --manager %1</translation>
    </message>
    <message>
        <source>Connected to the organisation store %1.</source>
        <translation>به مخزن سازمان %1 وصل شد.</translation>
    </message>
    <message>
        <source>Disconnected from the organisation store.</source>
        <translation>اتصال از مخزن سازمان قطع شد.</translation>
    </message>
    <message>
        <source>Pu&amp;blish to Organisation Store…</source>
        <translation>انتشار در مخزن سازمان (&amp;B)…</translation>
    </message>
    <message>
        <source>Publishing this computer&apos;s results to %1…</source>
        <translation>در حال انتشار نتایج این رایانه در %1…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Publish to Organisation Store</source>
        <translation>انتشار در مخزن سازمان</translation>
    </message>
    <message>
        <source>Publishing this computer&apos;s results to %1: %2 of %3…</source>
        <translation>در حال انتشار نتایج این رایانه در %1: %2 از %3…</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 results; the store keeps those it confirmed, and the next publishing sends the rest.</source>
        <translation>انتشار پس از %1 از %2 نتیجه متوقف شد؛ مخزن آنچه را تأیید کرده نگه می‌دارد و انتشار بعدی بقیه را می‌فرستد.</translation>
    </message>
    <message>
        <source>Not every result was published.</source>
        <translation>همهٔ نتایج منتشر نشد.</translation>
    </message>
    <message>
        <source>Published to the organisation store %1.</source>
        <translation>نتایج در مخزن سازمان %1 منتشر شد.</translation>
    </message>
    <message>
        <source>The system keychain did not take the change: %1</source>
        <translation>جاکلیدی سیستم این تغییر را نپذیرفت: %1</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>اقدام‌ها</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>اقدام‌ها (&amp;A)</translation>
    </message>
    <message>
        <source>The actions were not saved</source>
        <translation>اقدام‌ها ذخیره نشدند</translation>
    </message>
    <message>
        <source>Actions planned for %1: %2. The Actions tab (Ctrl+6) follows them.</source>
        <translation>اقدام‌های برنامه‌ریزی‌شده برای %1: %2. زبانه‌ی اقدام‌ها (Ctrl+6) آن‌ها را دنبال می‌کند.</translation>
    </message>
    <message>
        <source>Actions planned: %1. The Actions tab (Ctrl+6) follows them.</source>
        <translation>اقدام‌های برنامه‌ریزی‌شده: %1. زبانه‌ی اقدام‌ها (Ctrl+6) آن‌ها را دنبال می‌کند.</translation>
    </message>
    <message>
        <source>%1: record %2: %3</source>
        <translation>%1: رکورد %2: %3</translation>
    </message>
    <message>
        <source>Actions imported: %1; already stored, and not stored again: %2.</source>
        <translation>اقدام‌های واردشده: %1؛ از پیش ذخیره‌شده و دوباره ذخیره‌نشده: %2.</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>راهنمای کاربر (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید (&amp;K)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rater %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The RATER customer-service self-assessment: seventeen statements, a total from 17 to 85, and five dimensions: Reliability, Assurance, Tangibles, Empathy and Responsiveness.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Built with %3, running on %4.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rater %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;خودارزیابی خدمات مشتری بر پایه‌ی مدل RATER: هفده گزاره، جمع امتیازی از ۱۷ تا ۸۵، و پنج بُعد: قابلیت اطمینان، تضمین، عوامل ملموس، همدلی و پاسخ‌گویی.&lt;/p&gt;&lt;p&gt;پایگاه داده: %2&lt;/p&gt;&lt;p&gt;ساخته‌شده با %3، در حال اجرا روی %4.&lt;/p&gt;&lt;p&gt;با پروانه‌ی عمومی همگانی گنو، نسخه‌ی ۳ یا هر نسخه‌ی بعدی (GPL-3.0-or-later). بدون هیچ ضمانتی عرضه می‌شود.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rater::gui::PlanActionsDialog</name>
    <message>
        <source>Plan Actions</source>
        <translation>برنامه‌ریزی اقدام‌ها</translation>
    </message>
    <message>
        <source>Actions for %1. Tick the tips the team will act on, and reword them as it commits to them; add one of its own below.</source>
        <translation>اقدام‌های %1. نکته‌هایی را که تیم به آن‌ها عمل خواهد کرد علامت بزنید و آن‌ها را همان‌طور که تیم متعهد می‌شود بازنویسی کنید؛ اقدامی از خود تیم را در پایین بیفزایید.</translation>
    </message>
    <message>
        <source>Plan this action</source>
        <translation>این اقدام را برنامه‌ریزی کن</translation>
    </message>
    <message>
        <source>The team&apos;s own action</source>
        <translation>اقدامی از خود تیم</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>بُعد</translation>
    </message>
    <message>
        <source>What the team will do</source>
        <translation>آنچه تیم انجام خواهد داد</translation>
    </message>
    <message>
        <source>&amp;Add Actions</source>
        <translation>افزودن اقدام‌ها (&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>rater::gui::QuizPage</name>
    <message>
        <source>&amp;Team:</source>
        <translation>تیم (&amp;T):</translation>
    </message>
    <message>
        <source>Name of the team you are rating</source>
        <translation>نام تیمی که ارزیابی می‌کنید</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>&amp;Respondent code:</source>
        <translation>کد پاسخ‌دهنده (&amp;R):</translation>
    </message>
    <message>
        <source>Optional; a code, never a name</source>
        <translation>اختیاری؛ یک کد، نه نام</translation>
    </message>
    <message>
        <source>Respondent code (optional)</source>
        <translation>کد پاسخ‌دهنده (اختیاری)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>تاریخ (&amp;D):</translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation>تاریخ پاسخ‌گویی</translation>
    </message>
    <message>
        <source>Date taken, in words</source>
        <translation>تاریخ پاسخ‌گویی به حروف</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>عبارت‌ها</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <source>Show &amp;Unanswered</source>
        <translation>نمایش بی‌پاسخ‌ها (&amp;U)</translation>
    </message>
    <message>
        <source>Show the statements not answered yet</source>
        <translation>نمایش عبارت‌هایی که هنوز پاسخ داده نشده‌اند</translation>
    </message>
    <message>
        <source>&amp;See Results</source>
        <translation>دیدن نتیجه (&amp;S)</translation>
    </message>
    <message>
        <source>See results</source>
        <translation>دیدن نتیجه</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 از %2 پاسخ داده شده</translation>
    </message>
    <message>
        <source>The team name is missing.</source>
        <translation>نام تیم نوشته نشده است.</translation>
    </message>
    <message>
        <source>Statements not answered yet: %1.</source>
        <translation>عبارت‌هایی که هنوز پاسخ داده نشده‌اند: %1.</translation>
    </message>
    <message>
        <source>Your unfinished answers were restored.</source>
        <translation>پاسخ‌های نیمه‌کاره‌ی شما بازگردانده شد.</translation>
    </message>
    <message>
        <source>Open actions for %1: %2, overdue: %3</source>
        <translation>اقدام‌های باز %1: %2، از موعد گذشته: %3</translation>
    </message>
    <message>
        <source>Open actions for %1: %2</source>
        <translation>اقدام‌های باز %1: %2</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>از %1 گذشته</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>موعد %1</translation>
    </message>
</context>
<context>
    <name>rater::gui::RecordsView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>نمایش (&amp;S):</translation>
    </message>
    <message>
        <source>Stored results</source>
        <translation>نتیجه‌های ذخیره‌شده</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>سطل بازیافت</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>تیم (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>دوره (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>کارگاه (&amp;W):</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>نتیجه‌ها</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف (&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>بازگرداندن (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Edit Result…</source>
        <translation>ویرایش نتیجه (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Move to Team…</source>
        <translation>انتقال به تیم (&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;name Team…</source>
        <translation>تغییر نام تیم (&amp;N)…</translation>
    </message>
    <message>
        <source>Mer&amp;ge Team into Another…</source>
        <translation>ادغام تیم در تیمی دیگر (&amp;G)…</translation>
    </message>
    <message>
        <source>Remove from &amp;Workshop</source>
        <translation>بیرون بردن از کارگاه (&amp;W)</translation>
    </message>
    <message>
        <source>Empty &amp;Bin…</source>
        <translation>خالی کردن سطل (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>بازگرداندن (&amp;R)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>ویرایش (&amp;I)…</translation>
    </message>
    <message>
        <source>Tea&amp;ms</source>
        <translation>تیم‌ها (&amp;M)</translation>
    </message>
    <message>
        <source>Remove from Wor&amp;kshop</source>
        <translation>بیرون بردن از کارگاه (&amp;K)</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>هنوز نتیجه‌ای نیست</translation>
    </message>
    <message>
        <source>Every stored result will be listed here, to find one and correct it: change its team, date or code, delete it or bring it back.</source>
        <translation>هر نتیجهٔ ذخیره‌شده اینجا فهرست می‌شود تا بتوانید آن را پیدا و اصلاح کنید: تیم، تاریخ یا کدش را تغییر دهید، حذفش کنید یا برش گردانید.</translation>
    </message>
    <message>
        <source>The results cannot be read</source>
        <translation>نتیجه‌ها خوانده نمی‌شوند</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>همهٔ تیم‌ها</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>همهٔ دوره‌ها</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>همهٔ کارگاه‌ها</translation>
    </message>
    <message>
        <source>The results cannot be read.</source>
        <translation>نتیجه‌ها خوانده نمی‌شوند.</translation>
    </message>
    <message>
        <source>In the bin: %1</source>
        <translation>در سطل بازیافت: %1</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>نتیجه‌ها: %1</translation>
    </message>
    <message>
        <source>The correction could not be made; nothing was changed.</source>
        <translation>اصلاح انجام نشد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The correction was not made.</source>
        <translation>اصلاح انجام نشد.</translation>
    </message>
    <message>
        <source>This step cannot be undone or redone, and leaves the list of steps.</source>
        <translation>این گام را نمی‌توان واگرداند یا دوباره انجام داد و از فهرست گام‌ها برداشته می‌شود.</translation>
    </message>
    <message>
        <source>deletion of result %1</source>
        <translation>حذف نتیجهٔ %1</translation>
    </message>
    <message>
        <source>deletion of results %1</source>
        <translation>حذف نتیجه‌های %1</translation>
    </message>
    <message>
        <source>restore of result %1</source>
        <translation>بازگرداندن نتیجهٔ %1</translation>
    </message>
    <message>
        <source>restore of results %1</source>
        <translation>بازگرداندن نتیجه‌های %1</translation>
    </message>
    <message>
        <source>The result cannot be read.</source>
        <translation>نتیجه خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>Edit Result %1</source>
        <translation>ویرایش نتیجهٔ %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Respondent code</source>
        <translation>کد پاسخ‌دهنده</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>تاریخ (&amp;D):</translation>
    </message>
    <message>
        <source>Respondent &amp;code:</source>
        <translation>کد پاسخ‌دهنده (&amp;C):</translation>
    </message>
    <message>
        <source>correction of result %1</source>
        <translation>اصلاح نتیجهٔ %1</translation>
    </message>
    <message>
        <source>Move to Team</source>
        <translation>انتقال به تیم</translation>
    </message>
    <message>
        <source>Move result %1 to the team:</source>
        <translation>انتقال نتیجهٔ %1 به تیم:</translation>
    </message>
    <message>
        <source>Move results %1 to the team:</source>
        <translation>انتقال نتیجه‌های %1 به تیم:</translation>
    </message>
    <message>
        <source>move of results %1 to %2</source>
        <translation>انتقال نتیجه‌های %1 به %2</translation>
    </message>
    <message>
        <source>Rename Team</source>
        <translation>تغییر نام تیم</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>نام تازه برای %1:</translation>
    </message>
    <message>
        <source>There is already a team %1. Merge %2 into it, so that their results are one team&apos;s?</source>
        <translation>تیمی به نام %1 هست. %2 در آن ادغام شود تا نتیجه‌هایشان از آنِ یک تیم باشد؟</translation>
    </message>
    <message>
        <source>merge of %1 into %2</source>
        <translation>ادغام %1 در %2</translation>
    </message>
    <message>
        <source>rename of %1</source>
        <translation>تغییر نام %1</translation>
    </message>
    <message>
        <source>There is no other team to merge %1 into.</source>
        <translation>تیم دیگری برای ادغام %1 در آن نیست.</translation>
    </message>
    <message>
        <source>Merge Team</source>
        <translation>ادغام تیم</translation>
    </message>
    <message>
        <source>Merge %1 into the team:</source>
        <translation>ادغام %1 در تیم:</translation>
    </message>
    <message>
        <source>removal of result %1 from its workshop</source>
        <translation>بیرون بردن نتیجهٔ %1 از کارگاهش</translation>
    </message>
    <message>
        <source>removal of results %1 from their workshops</source>
        <translation>بیرون بردن نتیجه‌های %1 از کارگاه‌هایشان</translation>
    </message>
    <message>
        <source>The bin cannot be read.</source>
        <translation>سطل بازیافت خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>Delete the %1 results in the bin for good? They will be gone from this database, and this cannot be undone.</source>
        <translation>%1 نتیجهٔ درون سطل بازیافت برای همیشه پاک شوند؟ از این پایگاه داده می‌روند و این کار واگردپذیر نیست.</translation>
    </message>
    <message>
        <source>The bin could not be emptied; nothing was deleted.</source>
        <translation>سطل بازیافت خالی نشد؛ چیزی پاک نشد.</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>جست‌وجو…</translation>
    </message>
    <message>
        <source>Finds results by part of their team, respondent code or workshop, or by id (Ctrl+F)</source>
        <translation>نتیجه‌ها را با بخشی از نام تیم، کد پاسخ‌دهنده یا کارگاه، یا با شناسه پیدا می‌کند (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>rater::gui::ResultsPage</name>
    <message>
        <source>Saved</source>
        <translation>ذخیره شد</translation>
    </message>
    <message>
        <source>&amp;Save Result</source>
        <translation>ذخیره‌ی نتیجه (&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>خروجی PDF (&amp;X)…</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>خروجی PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>چاپ (&amp;P)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>&amp;New Quiz</source>
        <translation>آزمون تازه (&amp;N)</translation>
    </message>
    <message>
        <source>New quiz</source>
        <translation>آزمون تازه</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>ابعاد</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>از کجا شروع کنیم</translation>
    </message>
    <message>
        <source>Statement by statement</source>
        <translation>عبارت به عبارت</translation>
    </message>
    <message>
        <source>Answers and item scores for each statement</source>
        <translation>پاسخ‌ها و امتیاز هر عبارت</translation>
    </message>
    <message>
        <source>Dimension scores</source>
        <translation>امتیاز ابعاد</translation>
    </message>
    <message>
        <source>Total: %1 of %2</source>
        <translation>جمع: %1 از %2</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>تیم: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>تاریخ: %1</translation>
    </message>
    <message>
        <source>Respondent: %1</source>
        <translation>پاسخ‌دهنده: %1</translation>
    </message>
    <message>
        <source>Possible range: %1 to %2</source>
        <translation>بازه‌ی ممکن: %1 تا %2</translation>
    </message>
    <message>
        <source>Dimension scores (percent)</source>
        <translation>امتیاز ابعاد (درصد)</translation>
    </message>
    <message>
        <source>Dimension profile</source>
        <translation>نیم‌رخ ابعاد</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>بُعد</translation>
    </message>
    <message>
        <source>Mean (%1 to %2)</source>
        <translation>میانگین (%1 تا %2)</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>درصد</translation>
    </message>
    <message>
        <source>Print Result</source>
        <translation>چاپ نتیجه</translation>
    </message>
    <message>
        <source>P&amp;lan Actions…</source>
        <translation>برنامه‌ریزی اقدام‌ها… (&amp;L)</translation>
    </message>
    <message>
        <source>Plan actions</source>
        <translation>برنامه‌ریزی اقدام‌ها</translation>
    </message>
    <message>
        <source>Turn the weakest dimensions&apos; tips into the team&apos;s actions</source>
        <translation>نکته‌های ضعیف‌ترین بُعدها را به اقدام‌های تیم تبدیل کنید</translation>
    </message>
    <message>
        <source>Save the result first: the actions belong to its team</source>
        <translation>نخست نتیجه را ذخیره کنید: اقدام‌ها از آنِ تیم آن هستند</translation>
    </message>
</context>
<context>
    <name>rater::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>فرمان</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
</context>
<context>
    <name>rater::gui::StatementRow</name>
    <message>
        <source>Statement %1: %2</source>
        <translation>عبارت %1: %2</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>پاسخ: %1</translation>
    </message>
    <message>
        <source>Not answered yet. Press a number from %1 to %2 to answer.</source>
        <translation>هنوز پاسخ داده نشده است. برای پاسخ، عددی از %1 تا %2 را بزنید.</translation>
    </message>
    <message>
        <source>Marked: %1; press Space to answer so.</source>
        <translation>نشانه روی: %1؛ برای پاسخ دادن با آن، فاصله را بزنید.</translation>
    </message>
</context>
<context>
    <name>rater::gui::WorkshopsView</name>
    <message>
        <source>&amp;Workshop:</source>
        <translation>کارگاه (&amp;W):</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>کارگاه</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>کارگاه تازه (&amp;N)…</translation>
    </message>
    <message>
        <source>Pass the &amp;Laptop</source>
        <translation>دست‌به‌دست کردن لپ‌تاپ (&amp;L)</translation>
    </message>
    <message>
        <source>Pape&amp;r Entry</source>
        <translation>ورود فرم‌های کاغذی (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Group View</source>
        <translation>نمای گروه (&amp;G)</translation>
    </message>
    <message>
        <source>Thank you. Your answers are saved.
Please hand the laptop to the next participant.</source>
        <translation>سپاس. پاسخ‌های شما ذخیره شد.
لطفاً لپ‌تاپ را به شرکت‌کننده‌ی بعدی بدهید.</translation>
    </message>
    <message>
        <source>&amp;Next Participant</source>
        <translation>شرکت‌کننده‌ی بعدی (&amp;N)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>پاسخ‌ها</translation>
    </message>
    <message>
        <source>Paper forms</source>
        <translation>فرم‌های کاغذی</translation>
    </message>
    <message>
        <source>&amp;Save Forms</source>
        <translation>ذخیره‌ی فرم‌ها (&amp;S)</translation>
    </message>
    <message>
        <source>New Workshop</source>
        <translation>کارگاه تازه</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>برگزارکننده</translation>
    </message>
    <message>
        <source>Team (optional)</source>
        <translation>تیم (اختیاری)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>عنوان (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>برگزارکننده (&amp;F):</translation>
    </message>
    <message>
        <source>T&amp;eam (optional):</source>
        <translation>تیم، اختیاری (&amp;E):</translation>
    </message>
    <message>
        <source>Import Participants</source>
        <translation>وارد کردن شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>Results (*.csv *.json)</source>
        <translation>نتایج ‏(*.csv *.json)</translation>
    </message>
    <message>
        <source>Workshop report (PDF)…</source>
        <translation>گزارش کارگاه (PDF)…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>سندهای PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <source>Dimension chart as PNG…</source>
        <translation>نمودار ابعاد با قالب PNG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>تصویرهای PNG ‏(*.png)</translation>
    </message>
    <message>
        <source>Statement chart as PNG…</source>
        <translation>نمودار عبارت‌ها با قالب PNG…</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>وارد کردن پرونده (&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>خروجی (&amp;X)…</translation>
    </message>
    <message>
        <source> participants</source>
        <translation> شرکت‌کننده</translation>
    </message>
    <message>
        <source>Fewest participants for group figures</source>
        <translation>کمترین شمار شرکت‌کنندگان برای آمار گروه</translation>
    </message>
    <message>
        <source>Create a workshop first.</source>
        <translation>نخست یک کارگاه بسازید.</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… و %1 مشکل دیگر</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>چیزی وارد نشد.</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>چاپ گزارش (&amp;P)…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Language of the workshop</source>
        <translation>زبان کارگاه</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>تاریخ (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>زبان (&amp;L):</translation>
    </message>
    <message>
        <source>End Pass the Laptop (Facilitator)…</source>
        <translation>پایان دست‌به‌دست کردن لپ‌تاپ (برگزارکننده)…</translation>
    </message>
    <message>
        <source>&amp;Show group figures from:</source>
        <translation>نمایش آمار گروه از (&amp;S):</translation>
    </message>
    <message>
        <source>No workshops yet</source>
        <translation>هنوز کارگاهی نیست</translation>
    </message>
    <message>
        <source>A workshop gathers the answers of a group, on this laptop, from paper forms or from participants&apos; files, and shows the group&apos;s picture for the projector. Create one to begin, or open the demo database to see two.</source>
        <translation>کارگاه پاسخ‌های یک گروه را، روی همین لپ‌تاپ یا از فرم‌های کاغذی یا از پرونده‌های شرکت‌کنندگان، گرد می‌آورد و تصویر گروه را برای پروژکتور نشان می‌دهد. برای شروع کارگاهی بسازید، یا پایگاه داده‌ی نمونه را باز کنید تا دو کارگاه ببینید.</translation>
    </message>
    <message>
        <source>Type each paper form on its own row: an optional code, then one digit for each of the %1 answers (41253… and so on). A row with a problem turns red, and the problem is named below the table.</source>
        <translation>هر فرم کاغذی را در ردیفی جدا بنویسید: یک کد اختیاری، سپس برای هر یک از %1 پاسخ یک رقم (41253… و همین‌طور). ردیفی که مشکلی دارد سرخ می‌شود و مشکل زیر جدول نوشته می‌شود.</translation>
    </message>
    <message>
        <source>Participants are recorded under this team, else the title</source>
        <translation>شرکت‌کنندگان زیر این تیم ثبت می‌شوند، وگرنه زیر عنوان</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>ساختن (&amp;R)</translation>
    </message>
    <message>
        <source>The workshop could not be created.</source>
        <translation>ساختن کارگاه ممکن نشد.</translation>
    </message>
    <message>
        <source>Record these participants under “%1”?</source>
        <translation>این شرکت‌کنندگان زیر «%1» ثبت شوند؟</translation>
    </message>
    <message>
        <source>The file names %1, but everyone who takes part in the workshop “%2” is recorded under “%3”, so that the workshop&apos;s figures stay together.</source>
        <translation>پرونده %1 را نام برده است، اما هر که در کارگاه «%2» شرکت کند زیر «%3» ثبت می‌شود تا آمار کارگاه کنار هم بماند.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>وارد کردن لغو شد؛ چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>Participants imported into the workshop “%1”: %2.</source>
        <translation>شرکت‌کنندگانِ واردشده به کارگاه «%1»: %2.</translation>
    </message>
    <message>
        <source>They are recorded under the team “%1”.</source>
        <translation>زیر تیم «%1» ثبت شدند.</translation>
    </message>
    <message>
        <source>The answers could not be saved.</source>
        <translation>ذخیره‌ی پاسخ‌ها ممکن نشد.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>ردیف %1: %2</translation>
    </message>
    <message>
        <source>The forms could not be saved; none was stored.</source>
        <translation>ذخیره‌ی فرم‌ها ممکن نشد؛ هیچ‌کدام ذخیره نشد.</translation>
    </message>
    <message>
        <source>The workshops cannot be read</source>
        <translation>کارگاه‌ها خوانده نمی‌شوند</translation>
    </message>
    <message>
        <source>The workshop cannot be read</source>
        <translation>کارگاه خوانده نمی‌شود</translation>
    </message>
    <message>
        <source>Forms ready: %1</source>
        <translation>فرم‌های آماده: %1</translation>
    </message>
    <message>
        <source>with a problem: %1</source>
        <translation>دارای مشکل: %1</translation>
    </message>
    <message>
        <source>Already stored, and not stored again: %1.</source>
        <translation>از پیش ذخیره شده بود و دوباره ذخیره نشد: %1.</translation>
    </message>
    <message>
        <source>The actions were not saved</source>
        <translation>اقدام‌ها ذخیره نشدند</translation>
    </message>
    <message>
        <source>Plan &amp;Actions…</source>
        <translation>برنامه‌ریزی اقدام‌ها… (&amp;A)</translation>
    </message>
    <message>
        <source>Turn the group&apos;s weakest dimensions&apos; tips into actions of the workshop&apos;s team</source>
        <translation>نکته‌های ضعیف‌ترین بُعدهای گروه را به اقدام‌های تیم کارگاه تبدیل کنید</translation>
    </message>
    <message>
        <source>The group is too small for its figures to be shown, or acted on.</source>
        <translation>گروه کوچک‌تر از آن است که ارقامش نشان داده شود یا بر پایه‌اش اقدام شود.</translation>
    </message>
</context>
</TS>
