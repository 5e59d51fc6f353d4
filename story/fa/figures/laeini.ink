// Persian (fa) mirror of story/figures/laeini.ink: the same knots, choices, variables and tags; only the words a player reads differ. Keep the two in step (story/README.md, "The Persian story").
// MOHAMMAD BAQER LAEINI, Sari's Friday Prayer Leader. Article: f-laeini ("Futility of negotiation").
// Rhetorical move: name-calling ("the Great Satan") standing in for an argument, plus the claim that
// negotiation is a tool enemies use to stall. His paragraph says nothing of broken promises, so no
// line here lends him that premise.
// True kernel: talks can be used to stall (his own line; the expert, m15, also wants no time lost).
// On offer, and why (grades in rules.ink, card_grade):
//   relative-trust: strong against the name; cost-of-war: strong against "a tool to stall us";
//   guarantees, confidence: partial;
//   talk-is-not-accept: weak, and tempting ("talking is not blessing the devil"): a straw man.
// Relative-trust can be worn here: it may have landed on Sediqi, who speaks first.

=== laeini_exchange ===
~ temp who = "laeini"
~ take_floor(who)
~ temp engaged = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
مهمان بعدی ما امامت نماز جمعه ساری را بر عهده دارد. محمدباقر لائینی، سخن با شماست. # speaker: moderator # dramatized # sfx: gavel
مذاکره با آمریکا بی‌معناست، چون آمریکا «شیطان بزرگ» است و مذاکره با شیطان نتیجه‌ای ندارد. مذاکره ابزاری است که دشمنان برای وقت‌کشی با ما به کار می‌برند، و بیهوده است. # speaker: laeini # source: f-laeini

- (menu)
+ {not engaged} [بپرسید این نام درباره یک توافق چه می‌گوید # move: press]
    ~ engaged = true
    «شیطان بزرگ» خواندن آمریکا درباره هر توافق مشخصی چه چیزی به ما می‌گوید؟ # speaker: player # dramatized
    همان چیزی را می‌گوید که گفتم: مذاکره ابزاری است که دشمنان برای وقت‌کشی با ما به کار می‌برند، و بیهوده است. # speaker: laeini # dramatized: همان چیزی را می‌گوید که گفتم: # source: f-laeini
    پس زیر این نام دو ادعا هست: اینکه از این طرف هیچ نتیجه‌ای به دست نمی‌آید، و اینکه مذاکره ابزار او برای وقت‌کشی است. پاسخ می‌تواند به هر یک بپردازد. # speaker: moderator # dramatized
    -> menu
+ {not engaged} [بپذیرید که از مذاکره می‌توان برای وقت‌کشی استفاده کرد # move: concede]
    ~ engaged = true
    ~ conceded = true
    ~ g = concession_grade(who)
    درست می‌گویید که از مذاکره می‌توان برای وقت‌کشی استفاده کرد. زمان اندکی برای تأمل باقی مانده است؛ باید هر چه زودتر راهی عملی تعیین شود. # speaker: player # dramatized: درست می‌گویید که از مذاکره می‌توان برای وقت‌کشی استفاده کرد. # source: m15
    پس خطر را می‌بینید. آنچه آنها به دست می‌آورند زمان است. # speaker: laeini # dramatized # grade: {g} # why: پذیرفتن نکته‌ای درست، اینکه از مذاکره می‌توان برای وقت‌کشی استفاده کرد، اعتبار لازم برای پاسخ به بقیه را به دست می‌دهد (f-laeini, m15)
    ~ settle_concession(who)
    حرف او شنیده شد. لائینی اکنون گوش می‌دهد. # speaker: narrator # dramatized # stance: laeini=wary
    -> menu
+ [بگویید نتیجه لازم نیست منتظر اعتماد بماند # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = grade_of(who, played)
    نتیجه لازم نیست منتظر اعتماد بماند. حتی وقتی طرفین به هم اعتماد ندارند، می‌توان توافق‌هایی بست که برای هر دو طرف پذیرفتنی باشد. # speaker: player # dramatized: نتیجه لازم نیست منتظر اعتماد بماند. # source: m09
    می‌گویید می‌شود توافق بست. در این میان گفت‌وگو ادامه دارد، و وقت‌کشی هم. # speaker: laeini # dramatized # grade: {g} # why: حتی بدون اعتماد هم می‌توان توافق بست، که به «بی‌نتیجه بودن» پاسخ می‌دهد، اما نه به این اتهام که از مذاکره برای وقت‌کشی استفاده می‌شود (m09)
+ [با درجه بسنجید، نه با یک نام # move: rebut # card: relative-trust]
    ~ played = "relative-trust"
    ~ g = grade_of(who, played)
    یک نام، آمریکا را از هر مقایسه‌ای بیرون می‌گذارد. اما هیچ کشوری نمی‌تواند کاملاً قابل اعتماد باشد: اعتماد نسبی است و باید از راه مذاکره و تضمین‌ها پرورش یابد. # speaker: player # dramatized: یک نام، آمریکا را از هر مقایسه‌ای بیرون می‌گذارد. # source: m10, m16
    { g == "strong":
        پس درجه. با هر درجه‌ای، آمریکا همان جایی است که من گفتم. # speaker: laeini # dramatized # grade: {g} # why: نام استدلال نیست: اگر با همان معیاری سنجیده شود که هر کشوری را می‌سنجیم، اعتماد امری درجه‌مند است که از راه مذاکره ساخته می‌شود (m10, m16)
    - else:
        همین را به آقای صدیقی هم گفتید، و حاضران آن موقع شنیدند. حالا تازه‌تر نشده است. # speaker: laeini # dramatized # grade: {g} # why: نکته‌ای که یک بار حاضران را با خود همراه کرده، با تکرار از اثرش کاسته می‌شود (m16)
    }
+ [بگویید گفت‌وگو تأیید شیطان نیست # move: rebut # card: talk-is-not-accept]
    ~ played = "talk-is-not-accept"
    ~ g = grade_of(who, played)
    نشستن با کسی به معنای تأیید او نیست. مذاکره به معنای پذیرش طرف مقابل نیست. # speaker: player # dramatized: نشستن با کسی به معنای تأیید او نیست. # source: m05
    هرگز نگفتم گفت‌وگو آنها را تأیید می‌کند. گفتم نتیجه‌ای ندارد. # speaker: laeini # dramatized # grade: {g} # why: او مذاکره را بیهوده خواند، نه تأیید: این پاسخ به ادعایی است که او نکرده است (m05)
+ [بگویید وقت‌کشی فقط بر طرفی اثر دارد که منتظر می‌ماند # move: rebut # card: confidence]
    ~ played = "confidence"
    ~ g = grade_of(who, played)
    وقت‌کشی فقط بر طرفی اثر دارد که منتظر می‌ماند. مذاکره‌کننده باید عاقلانه و خردمندانه عمل کند تا مسیر مذاکرات را به‌درستی پیش‌بینی کند، و از آن برای بهبود موقعیت خود بهره بگیرد. # speaker: player # dramatized: وقت‌کشی فقط بر طرفی اثر دارد که منتظر می‌ماند. # source: m07
    ممکن است طرف ما زیرک باشد. نیت آنها همان است که هست. # speaker: laeini # dramatized # grade: {g} # why: مذاکره‌کننده‌ای که مسیر مذاکرات را می‌خواند دیرتر گرفتار وقت‌کشی می‌شود، اما نیت طرف مقابل به جای خود باقی است (m07)
+ [بگویید ابزار آنها می‌تواند ابزار ما هم باشد # move: rebut # card: cost-of-war]
    ~ played = "cost-of-war"
    ~ g = grade_of(who, played)
    می‌گویید مذاکره ابزار آنهاست. اگر آمریکا برای پرهیز از جنگ به مذاکره روی بیاورد، ایران باید از آن بهره بگیرد: مذاکره برای آمریکا کم‌هزینه‌تر از جنگ است. # speaker: player # dramatized: می‌گویید مذاکره ابزار آنهاست. # source: m14
    آنها انتخاب می‌کنند کی گفت‌وگو کنند و کی وقت بکشند. نشانم بدهید ما کجا چنین انتخابی داریم. # speaker: laeini # dramatized # grade: {g} # why: اگر طرف مقابل برای پرهیز از جنگ مذاکره می‌کند، مذاکره ابزاری برای ایران هم هست، نه فقط ابزاری علیه آن (m11, m14)
+ [شعار را مسخره کنید # move: attack]
    ~ g = "backfire"
    «شیطان بزرگ»؟ این شعار دوره دیگری است. استدلالی از این دوره ندارید؟ # speaker: player # dramatized
    نامی را مسخره می‌کنید و هیچ دلیلی از خودتان نمی‌آورید. هنوز نشان نداده‌اید که مذاکره نتیجه می‌دهد. # speaker: laeini # dramatized # grade: {g} # why: مسخره کردن یک شعار پاسخ به ادعای پشت آن نیست، و حمله‌کننده را از چشم حاضران می‌اندازد (f-laeini)

- (verdict)
~ temp after = settle(who, played, g, engaged, conceded)
-> room_verdict(who, g, after, engaged) ->
~ leave_floor(who)
->->
