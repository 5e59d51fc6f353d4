// Persian (fa) mirror of story/figures/shariatmadari.ink: the same knots, choices, variables and tags; only the words a player reads differ. Keep the two in step (story/README.md, "The Persian story").
// HOSSEIN SHARIATMADARI, Managing Director of Keyhan newspaper. Article: f-shariatmadari
// ("Futility of negotiation and the necessity of crossing red lines").
// Rhetorical move: a false trilemma (whoever proposes talks is naive, ineffective or colluding with
// the enemy) that attacks motives instead of weighing the proposal; then a slippery slope (pay
// ransom once and you pay it on every issue, until every red line is crossed).
// True kernel: the country's own problems need solving, and talks are no substitute (m02 agrees).
// On offer, and why (grades in rules.ink, card_grade):
//   confidence: strong, it denies the slope's first step, a side "willing to pay ransom";
//   guarantees, talk-is-not-accept: partial;
//   take-the-wheel: weak, and tempting: the expert answers him by name with it (m01), a tu quoque;
//   know-the-concepts: weak, and tempting: it answers "naive" with "lacks understanding" (m18).
// Confidence can be worn here: it may have landed on Saeidi before him (full table).

=== shariatmadari_exchange ===
~ temp who = "shariatmadari"
~ take_floor(who)
~ temp engaged = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
مهمان بعدی ما مدیرمسئول روزنامه کیهان است. حسین شریعتمداری، سخن با شماست. # speaker: moderator # dramatized # sfx: gavel
کسانی که به جای تلاش برای حل برخی از مشکلات کشور، مذاکره با آمریکا را تجویز می‌کنند، یا ساده‌لوح‌اند، یا ناکارآمدند و ناتوانی خود را زیر پوشش مذاکره پنهان می‌کنند، یا خدای ناکرده فریب خورده‌اند یا وسوسه شده‌اند که با دشمن همدستی کنند. # speaker: shariatmadari # source: f-shariatmadari
مذاکره با آمریکا هیچ مشکلی را حل نمی‌کند. اگر حاضر باشید باج بدهید، باید بارها و بارها این کار را بکنید و از همه خطوط قرمزتان بگذرید. # speaker: shariatmadari # source: f-shariatmadari

- (menu)
+ {not engaged} [بپرسید آیا نوع چهارمی از طرفداران مذاکره هست # move: press]
    ~ engaged = true
    ساده‌لوح، ناکارآمد یا همدست: آیا نوع چهارمی وجود ندارد؟ کسی آگاه و صادق که خطرها را جور دیگری می‌سنجد؟ # speaker: player # dramatized
    پاسخم در همان است که گفتم: مذاکره با آمریکا هیچ مشکلی را حل نمی‌کند. # speaker: shariatmadari # dramatized: پاسخم در همان است که گفتم: # source: f-shariatmadari
    او پرسش را بی‌پاسخ می‌گذارد. اگر نوع چهارمی وجود داشته باشد، آن سه برچسب فرو می‌ریزند؛ استدلال بهای مذاکره بر یک گام استوار است: نخستین پرداخت به همه پرداخت‌های بعدی می‌انجامد. # speaker: moderator # dramatized
    -> menu
+ {not engaged} [بپذیرید که مشکلات ما باید در داخل حل شود # move: concede]
    ~ engaged = true
    ~ conceded = true
    ~ g = concession_grade(who)
    درست می‌گویید که مشکلات خود کشور باید حل شود، و مذاکره جایگزین آن نیست. تمرکز بر مسائل داخلی کشور حیاتی است. # speaker: player # dramatized: درست می‌گویید که مشکلات خود کشور باید حل شود، و مذاکره جایگزین آن نیست. # source: m02
    پس حلشان کنید. همین را خواسته بودم. # speaker: shariatmadari # dramatized # grade: {g} # why: پذیرفتن نکته‌ای درست، اینکه مشکلات خود کشور در اولویت است، اعتبار لازم برای پاسخ به بقیه را به دست می‌دهد (m02)
    ~ settle_concession(who)
    حرف او شنیده شد. شریعتمداری اکنون گوش می‌دهد. # speaker: narrator # dramatized # stance: shariatmadari=wary
    -> menu
+ [بگویید تعهدات برای پایبندی ثبت می‌شوند # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = grade_of(who, played)
    باج فقط پرداخت‌کننده را متعهد می‌کند. توافق‌هایی که در سازمان‌های بین‌المللی ثبت می‌شوند برای تضمین پایبندی به تعهدات است. # speaker: player # dramatized: باج فقط پرداخت‌کننده را متعهد می‌کند. # source: m17
    اسناد به آنچه در آنها نوشته شده متعهد می‌کنند. خواسته بعدی هرگز در آنها نیست. # speaker: shariatmadari # dramatized # grade: {g} # why: تعهدات ثبت‌شده آنچه را امضا شده الزام‌آور می‌کنند، اما نه خواسته بعدی را، گامی که شیب استدلال او بر آن استوار است (m09, m17)
+ [بگویید مذاکره ابزار است، نه درمان # move: rebut # card: talk-is-not-accept]
    ~ played = "talk-is-not-accept"
    ~ g = grade_of(who, played)
    هیچ‌کس نباید مذاکره را درمان همه دردها جا بزند. مسائل را نمی‌توان صرفاً از راه مذاکره حل کرد؛ مذاکره وسیله‌ای است برای روشن کردن آنها و یافتن راه‌حل‌های مناسب. # speaker: player # dramatized: هیچ‌کس نباید مذاکره را درمان همه دردها جا بزند. # source: m05
    پس ابزار است. ابزاری که هر بار به کار رود یک خط قرمز از شما می‌گیرد. # speaker: shariatmadari # dramatized # grade: {g} # why: مذاکره به‌عنوان ابزاری برای روشن کردن مسائل به «هیچ مشکلی را حل نمی‌کند» پاسخ می‌دهد، اما نه به اتهام او درباره انگیزه‌ها یا بها (m05)
+ [بگویید زنجیره او با طرفی آغاز می‌شود که حاضر به پرداخت است # move: rebut # card: confidence]
    ~ played = "confidence"
    ~ g = grade_of(who, played)
    زنجیره شما با کسی آغاز می‌شود که حاضر است باج بدهد. حتی در فضای بی‌اعتمادی، مذاکره می‌تواند کارآمد باشد، به شرط آنکه با اعتمادبه‌نفس و سازوکارهای اجرایی مناسب همراه باشد. # speaker: player # dramatized: زنجیره شما با کسی آغاز می‌شود که حاضر است باج بدهد. # source: m04
    { g == "strong":
        حاضر باشیم یا نه، خواسته‌ها خواهند آمد. چه کسی از طرف ما پای خط می‌ایستد؟ # speaker: shariatmadari # dramatized # grade: {g} # why: شیب استدلال او از طرفی آغاز می‌شود که حاضر به پرداخت است؛ مذاکره‌کننده‌ای که با اعتمادبه‌نفس و سازوکار می‌آید همان گام نخست را رد می‌کند (m04, m07)
    - else:
        همین سخنرانی درباره اعتمادبه‌نفس را برای آقای سعیدی هم کردید، و حاضران آن موقع شنیدند. پرسش من درباره خواسته بعدی به جای خود باقی است. # speaker: shariatmadari # dramatized # grade: {g} # why: نکته‌ای که یک بار حاضران را با خود همراه کرده، با تکرار از اثرش کاسته می‌شود (m04, m07)
    }
+ [بپرسید چرا خودش مسئولیت اجرایی نمی‌پذیرد # move: rebut # card: take-the-wheel]
    ~ played = "take-the-wheel"
    ~ g = grade_of(who, played)
    شما به جای پرداختن به مسائل واقعی کشور، از رویارویی با آمریکا دفاع می‌کنید. اگر برای حل آنها برنامه‌ای دارید، چرا مسئولیت اجرایی مستقیم را نمی‌پذیرید؟ # speaker: player # source: m01
    روزنامه وزارتخانه نیست. اینکه من حکومت کنم یا نه، چیزی درباره اینکه مذاکره مشکلی را حل می‌کند یا نه نمی‌گوید. # speaker: shariatmadari # dramatized # grade: {g} # why: اینکه منتقد مسئولیتی بپذیرد یا نه چیزی درباره درستی ادعایش نمی‌گوید: مغالطه «تو هم»، مانند بند m01 خود کارشناس (m01)
+ [بگویید منتقدان، و نه طرفداران، فهم درستی ندارند # move: rebut # card: know-the-concepts]
    ~ played = "know-the-concepts"
    ~ g = grade_of(who, played)
    مشکل، طرفداران ساده‌لوح نیستند. برخی از تصمیم‌گیران درک درستی از مفاهیم پایه سیاسی، مانند مذاکره و اعتماد، ندارند. # speaker: player # dramatized: مشکل، طرفداران ساده‌لوح نیستند. # source: m18, m19
    پس من کسی هستم که درک درستی ندارد. به برچسب‌های من با برچسبی از خودتان پاسخ دادید. # speaker: shariatmadari # dramatized # grade: {g} # why: پاسخ دادن به «ساده‌لوح» با «فاقد درک درست» درباره آدم‌ها داوری می‌کند، نه درباره پیشنهاد: همان حرکت، وارونه (m18)
+ [برچسب‌هایش را به خودش برگردانید # move: attack]
    ~ g = "backfire"
    شما هر کس را که خواهان مذاکره است ساده‌لوح یا همدست می‌خوانید. چرا کسی باید از شما درس بگیرد؟ # speaker: player # dramatized
    به برچسب‌های من با توهین پاسخ می‌دهید. من دست‌کم دلیلی آوردم: بها مدام بالا خواهد رفت. به آن پاسخ دهید. # speaker: shariatmadari # dramatized # grade: {g} # why: پاسخ دادن به حمله به انگیزه‌ها با حمله به شخص، همان مغالطه است و دست بالا را به او می‌دهد (f-shariatmadari)

- (verdict)
~ temp after = settle(who, played, g, engaged, conceded)
-> room_verdict(who, g, after, engaged) ->
~ leave_floor(who)
->->
