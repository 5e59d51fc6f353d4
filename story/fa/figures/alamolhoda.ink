// Persian (fa) mirror of story/figures/alamolhoda.ink: the same knots, choices, variables and tags; only the words a player reads differ. Keep the two in step (story/README.md, "The Persian story").
// AHMAD ALAMOLHODA, Mashhad's Friday Prayer Leader. Article: f-alamolhoda ("Increased pressure in
// case of negotiation").
// Rhetorical move: slippery slope (come to the table, and the pressure that brought you there only
// grows). As a conditional ("if the pressure works, it will grow") it is sound; the slope is in
// assuming that talking means the pressure worked.
// True kernel: talks alone do not solve the country's problems (the expert says so too, m05).
// On offer, and why (grades in rules.ink, card_grade):
//   home-front: strong, it meets the pressure itself (m02);
//   guarantees, talk-is-not-accept, confidence: partial, each leaves the pressure outside the table;
//   take-the-wheel: weak, and tempting ("then show us your plan"): a tu quoque.
// No card can be worn here: nothing before him (Sediqi) is strong with these cards.

=== alamolhoda_exchange ===
~ temp who = "alamolhoda"
~ take_floor(who)
~ temp engaged = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
مهمان بعدی ما امامت نماز جمعه مشهد را بر عهده دارد. احمد علم‌الهدی، سخن با شماست. # speaker: moderator # dramatized # sfx: gavel
مشکلات کشور با مذاکره حل نمی‌شود. مذاکره با دشمن اشتباه است و اگر فشارهای دشمن اثرگذار باشد، ادامه خواهد یافت و افزایش خواهد یافت. # speaker: alamolhoda # source: f-alamolhoda

- (menu)
+ {not engaged} [بپرسید چرا گفت‌وگو باید به فشار پاداش بدهد # move: press]
    ~ engaged = true
    چرا نشستن پشت میز، و نه تسلیم شدن، باید نشان دهد که فشارشان کارگر افتاده است؟ # speaker: player # dramatized
    حرفم همان است که گفتم: اگر فشارهای دشمن اثرگذار باشد، ادامه خواهد یافت و افزایش خواهد یافت. # speaker: alamolhoda # dramatized: حرفم همان است که گفتم: # source: f-alamolhoda
    پس این ادعا بر یک گام استوار است: آمدن پشت میز ثابت می‌کند که فشار کارگر افتاده است. پاسخ می‌تواند به همین گام بپردازد، یا به خود فشار. # speaker: moderator # dramatized
    -> menu
+ {not engaged} [بپذیرید که مذاکره به‌تنهایی مشکلات ما را حل نمی‌کند # move: concede]
    ~ engaged = true
    ~ conceded = true
    ~ g = concession_grade(who)
    در یک چیز حق با شماست، و کارشناس هم همین را می‌گوید: مسائل پیش رو را نمی‌توان صرفاً از راه مذاکره حل کرد. # speaker: player # dramatized: در یک چیز حق با شماست، و کارشناس هم همین را می‌گوید: # source: m05
    می‌گویید «نه صرفاً». من می‌گویم اصلاً. اما هر دو قبول داریم که درمان نیست. # speaker: alamolhoda # dramatized # grade: {g} # why: پذیرفتن نکته‌ای درست، اینکه مذاکره به‌تنهایی چیزی را حل نمی‌کند، اعتبار لازم برای پاسخ به بقیه را به دست می‌دهد (m05)
    ~ settle_concession(who)
    حرف او شنیده شد. علم‌الهدی اکنون گوش می‌دهد. # speaker: narrator # dramatized # stance: alamolhoda=wary
    -> menu
+ [تعهدات هر دو طرف را الزام‌آور کنید # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = grade_of(who, played)
    فشار تنها وقتی جواب می‌دهد که ما بدهیم و چیزی نگیریم. توافق‌هایی که در سازمان‌های بین‌المللی ثبت می‌شوند برای تضمین پایبندی به تعهدات است. # speaker: player # dramatized: فشار تنها وقتی جواب می‌دهد که ما بدهیم و چیزی نگیریم. # source: m17
    کاغذ به آنچه در آن نوشته شده پایبند می‌کند. جلوی خواسته تازه فردا را نمی‌گیرد. # speaker: alamolhoda # dramatized # grade: {g} # why: تضمین‌ها آنچه را امضا شده الزام‌آور می‌کنند، نه خواسته بعدی را، و فشار می‌تواند همراه آن بازگردد (m09, m17)
+ [بگویید گفت‌وگو تسلیم شدن نیست # move: rebut # card: talk-is-not-accept]
    ~ played = "talk-is-not-accept"
    ~ g = grade_of(who, played)
    نشستن پشت میز تسلیم شدن نیست. مذاکره به معنای پذیرش طرف مقابل نیست. # speaker: player # dramatized: نشستن پشت میز تسلیم شدن نیست. # source: m05
    اسمش را هر چه می‌خواهید بگذارید. آمدن پشت میز زیر فشار به آنها می‌گوید که فشار کارگر افتاده است. # speaker: alamolhoda # dramatized # grade: {g} # why: گفت‌وگو پذیرفتن نیست، اما گفت‌وگو زیر فشار همچنان ممکن است این پیام را بدهد که فشار کارگر است (m05)
+ [اهرم را از دستشان بگیرید: کار داخل را درست کنید # move: rebut # card: home-front]
    ~ played = "home-front"
    ~ g = grade_of(who, played)
    پس اهرم را از دستشان بگیریم. اگر به چالش‌های داخلی رسیدگی شود، کشور بهتر می‌تواند در برابر فشارهای خارجی ایستادگی کند. # speaker: player # dramatized: پس اهرم را از دستشان بگیریم. # source: m02
    پس پاسخ پشت میز مذاکره نیست. نشان نداده‌اید که میز چه چیزی به آن می‌افزاید. # speaker: alamolhoda # dramatized # grade: {g} # why: فشار بر ضعف داخلی اثر می‌کند؛ رسیدگی به آن، ترس از فشار را از ریشه پاسخ می‌دهد (m02, m03)
+ [با قدرت پشت میز بیایید، نه با ترس # move: rebut # card: confidence]
    ~ played = "confidence"
    ~ g = grade_of(who, played)
    فشار در برابر طرفی جواب می‌دهد که با ترس می‌آید. حتی در فضای بی‌اعتمادی، مذاکره می‌تواند ابزاری کارآمد باشد، به شرط آنکه با اعتمادبه‌نفس و سازوکارهای اجرایی مناسب همراه باشد. # speaker: player # dramatized: فشار در برابر طرفی جواب می‌دهد که با ترس می‌آید. # source: m04
    اعتمادبه‌نفس پشت میز، فشار آنها را بیرون از میز متوقف نمی‌کند. # speaker: alamolhoda # dramatized # grade: {g} # why: مذاکره‌کننده مطمئن پشت میز به فشار پاداش نمی‌دهد، اما فشار بیرون از میز ادامه دارد (m04, m07)
+ [برنامه خود او را بپرسید # move: rebut # card: take-the-wheel]
    ~ played = "take-the-wheel"
    ~ g = grade_of(who, played)
    اگر مذاکره نمی‌تواند مشکلات ما را حل کند، چه چیزی می‌تواند؟ اگر برای حل آنها برنامه‌ای دارید، چرا مسئولیت اجرایی مستقیم را نمی‌پذیرید؟ # speaker: player # dramatized: اگر مذاکره نمی‌تواند مشکلات ما را حل کند، چه چیزی می‌تواند؟ # source: m01
    اینکه من مسئولیتی داشته باشم یا نه، تغییری نمی‌دهد که فشار وقتی کارگر باشد بیشتر می‌شود یا نه. # speaker: alamolhoda # dramatized # grade: {g} # why: اینکه از منتقد بخواهیم خودش مسئولیت بپذیرد، ادعای او را نمی‌سنجد: مغالطه «تو هم» (m01)
+ [بپرسید آیا همه‌جا توطئه می‌بیند # move: attack]
    ~ g = "backfire"
    هر گفت‌وگویی دام است، هر دستی اهرم. در همه چیز توطئه می‌بینید؟ # speaker: player # dramatized
    هشدار را مسخره کنید، اگر می‌خواهید. هنوز نگفته‌اید چرا فشار متوقف می‌شود. # speaker: alamolhoda # dramatized # grade: {g} # why: مسخره کردن گوینده ادعای او را سر جایش باقی می‌گذارد و حمله‌کننده را از چشم حاضران می‌اندازد (f-alamolhoda)

- (verdict)
~ temp after = settle(who, played, g, engaged, conceded)
-> room_verdict(who, g, after, engaged) ->
~ leave_floor(who)
->->
