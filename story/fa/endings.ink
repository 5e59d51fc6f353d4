// Persian (fa) mirror of story/endings.ink: the same knots, choices, variables and tags; only the words a player reads differ. Keep the two in step (story/README.md, "The Persian story").
// THE ENDINGS. Each says what the room settled on, what it cost, and leaves a fair open question.
// They judge how the argument went on the night, never which side of the question is right, and
// they give no real guest a view the article does not give him: the room is the studio audience.
// The conditions are in rules.ink (outcome, walked_out); story/cast.json lists every ending with
// the side that carried the room ("room": player | opponents | split).

=== ending_talks_with_guarantees ===
~ stage = "ending"
پیش از پایان، رأی‌گیری با بالا بردن دست از حاضران استودیو. # speaker: moderator # dramatized
بیشتر حاضران از یک پیشنهاد پشتیبانی می‌کنند: مذاکره، همراه با توافق‌های مکتوب، تضمین‌های اجرایی و ثبت بین‌المللی. مهمانان بر دیدگاه خود می‌مانند، اما به استدلال شما گوش سپردند. # speaker: narrator # dramatized
بهای آن: آنان که هنوز قانع نشده‌اند می‌پرسند وقتی طرف قوی‌تر کنار می‌کشد، چه کسی تضمین را اجرا می‌کند. امشب کسی به این پاسخ نداد. # speaker: narrator # dramatized
پرسش باز: وقتی تضمینی شکسته می‌شود، چه باید کرد؟ # speaker: narrator # dramatized # ending: talks-with-guarantees
-> END

=== ending_talks_on_our_terms ===
~ stage = "ending"
استودیو بر شرط آقای طائب به توافق می‌رسد: اگر مذاکره‌ای هست، برای آنچه به‌حق از آن ماست. # speaker: narrator # dramatized
یک شرط، نه یک حکم. این بیش از نقطه مشترکی است که این میز معمولاً پیدا می‌کند. # speaker: moderator # dramatized
بهای آن: «آنچه از آن ماست» هنوز تعریف نشده است، و هر سوی جمع فهرست خودش را در آن می‌شنود. # speaker: narrator # dramatized
پرسش باز: چه کسی تعیین می‌کند چه چیزی به‌حق از آن ماست، و اگر فهرست طرف مقابل متفاوت باشد چه؟ # speaker: narrator # dramatized # ending: talks-on-our-terms
-> END

=== ending_home_front_first ===
~ stage = "ending"
جمع بر آنچه هر دو طرف اینجا می‌توانند امضا کنند به توافق می‌رسد: پایان دادن به فساد، باز کردن جا برای جوانان، و نخست ساختن قدرت در داخل. امشب مذاکره منتفی نمی‌شود؛ به بعد موکول می‌شود. # speaker: narrator # dramatized
توافقی کمیاب. اما اصلاحات سال‌ها طول می‌کشد، و فشار از بیرون منتظر آن نمی‌ماند. # speaker: moderator # dramatized
پرسش باز: آیا کشوری می‌تواند در حالی که فشار بالا می‌رود در داخل قوی شود، یا باید هم‌زمان اصلاح کند و مذاکره کند؟ # speaker: narrator # dramatized # ending: home-front-first
-> END

=== ending_audience_not_table ===
~ stage = "ending"
خطوط تلفن روشن می‌شوند: بسیاری از بینندگان می‌گویند استدلال شما قانعشان کرد. پشت میز، چنین گوش شنوایی به دست نیاوردید. # speaker: narrator # dramatized
حاضران را به دست آوردید، اما نه کسانی را که با آنها بحث کردید. # speaker: moderator # dramatized
بهای آن: جمعی که بدون میز به دست آید می‌تواند هر دو طرف را سرسخت‌تر کند. بینندگان احساس می‌کنند نادیده گرفته شده‌اند؛ مهمانان احساس می‌کنند تحت فشار قرار گرفته‌اند. # speaker: narrator # dramatized
پرسش باز: در بحثی مانند این، کدام مهم‌تر است، قانع کردن مردم یا قانع کردن کسانی که پشت میزند؟ # speaker: narrator # dramatized # ending: audience-not-table
-> END

=== ending_opponents_carry_the_room ===
~ stage = "ending"
رأی‌گیری با بالا بردن دست از حاضران استودیو: بیشتر جمع قانع نشده است که مذاکره به سود کشور باشد. # speaker: moderator # dramatized
امشب بسیاری از ادعاهای مهمانان پابرجا ماند. جمع این‌گونه از دست می‌رود: کمتر با حمله، بیشتر با پاسخ‌هایی که به هدف نمی‌خورند. # speaker: narrator # dramatized
این داوری درباره استدلال‌های امشب است، نه درباره خود پرسش. پاسخ‌های دیگر، در شبی دیگر، می‌توانستند جمع را به سوی دیگر ببرند. # speaker: narrator # dramatized
پرسش باز: پاسخ دادن به کدام ادعا برایتان از همه دشوارتر بود، و چه چیزی می‌توانست به آن پاسخ دهد؟ # speaker: narrator # dramatized # ending: opponents-carry-the-room
-> END

=== ending_deadlock ===
~ stage = "ending"
وقت ما تمام است، و هیچ‌یک از دو طرف این جمع را با خود همراه نکرد. # speaker: moderator # dramatized
هر طرف استدلال طرف دیگر را روشن‌تر از پیش شنید، و هر یک با استدلال‌هایی که آورده بود می‌رود. # speaker: narrator # dramatized
پرسش باز: وقتی هیچ طرفی نمی‌تواند دیگری را قانع کند، چه چیزی باید تکلیف موضوع را روشن کند؟ # speaker: narrator # dramatized # ending: deadlock
-> END

=== ending_walkout ===
~ stage = "ending"
مهمانان یکی‌یکی برمی‌خیزند. زمزمه‌ای، و سپس صدای کشیده شدن صندلی‌ها. # speaker: narrator # dramatized # sfx: murmur
میزگرد امشب زودتر تمام می‌شود. حمله‌ها و پاسخ‌هایی که به هدف نخوردند، پیش از آنکه بتوانید استدلالتان را مطرح کنید، میز را از شما گرفتند. # speaker: moderator # dramatized
پرسش باز: آیا می‌توان استدلالی را به خاطر شیوه طرح آن باخت، هر قدر هم درست باشد؟ # speaker: narrator # dramatized # ending: walkout
-> END
