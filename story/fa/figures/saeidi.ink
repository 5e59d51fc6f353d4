// Persian (fa) mirror of story/figures/saeidi.ink: the same knots, choices, variables and tags; only the words a player reads differ. Keep the two in step (story/README.md, "The Persian story").
// MOHAMMAD SAEIDI, Qom's Friday Prayer Leader. Article: f-saeidi ("Negotiation means captivity").
// Rhetorical move: false equivalence (sitting down to talk is treated as surrendering).
// True kernel: no one should negotiate a surrender (his own line; no one at this table proposes one).
// On offer, and why (grades in rules.ink, card_grade):
//   talk-is-not-accept, confidence: strong, two ways to separate talking from surrender; both land
//     again later (Hosseini Hamedani, Shariatmadari), so which to keep is the choice;
//   guarantees, know-the-concepts: partial;
//   cost-of-war: weak, and tempting ("they fear war more than we do"): it answers another question.
// No card can be worn here: nothing before him is strong with these cards.

=== saeidi_exchange ===
~ temp who = "saeidi"
~ take_floor(who)
~ temp engaged = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
مهمان بعدی ما امامت نماز جمعه قم را بر عهده دارد. محمد سعیدی، سخن با شماست. # speaker: moderator # dramatized # sfx: gavel
کسانی که مشتاق مذاکره با آمریکا هستند بدانند که مردم و جمهوری اسلامی ایران دیگر هرگز در برابر آمریکا تسلیم نخواهند شد. # speaker: saeidi # source: f-saeidi

- (menu)
+ {not engaged} [بپرسید گفت‌وگو کجا تمام می‌شود و تسلیم از کجا آغاز می‌شود # move: press]
    ~ engaged = true
    گفت‌وگو کجا تمام می‌شود و تسلیم از کجا آغاز می‌شود؟ پشت خود میز، یا در آنچه امضا می‌شود؟ # speaker: player # dramatized
    گفتم آنچه باید بدانند: مردم و جمهوری اسلامی دیگر هرگز در برابر آمریکا تسلیم نخواهند شد. # speaker: saeidi # dramatized: گفتم آنچه باید بدانند: # source: f-saeidi
    او با همان جمله پاسخ می‌دهد. جمله‌ای که خطاب به خواهان مذاکره گفته شود، بر یک گام استوار است: اینکه مذاکره کردن همان تسلیم شدن است. # speaker: moderator # dramatized
    -> menu
+ {not engaged} [بپذیرید که هیچ‌کس نباید بر سر تسلیم مذاکره کند # move: concede]
    ~ engaged = true
    ~ conceded = true
    ~ g = concession_grade(who)
    در این هم‌نظریم: هیچ‌کس نباید بر سر تسلیم مذاکره کند. من هم از چنین چیزی دفاع نمی‌کنم. # speaker: player # dramatized
    پس بر سر این خط هم‌نظریم. پرسش این است که آیا میز مذاکره این سوی خط می‌ماند یا نه. # speaker: saeidi # dramatized # grade: {g} # why: پذیرفتن خطی که همه در آن شریک‌اند، یعنی تسلیم نشدن، اعتبار لازم برای جدا کردن مذاکره از تسلیم را به دست می‌دهد (f-saeidi)
    ~ settle_concession(who)
    حرف او شنیده شد. سعیدی اکنون گوش می‌دهد. # speaker: narrator # dramatized # stance: saeidi=wary
    -> menu
+ [بگویید تسلیم تضمینی در پی ندارد # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = grade_of(who, played)
    تسلیم هیچ تضمینی ندارد. حتی وقتی طرفین به هم اعتماد ندارند، می‌توان توافق‌هایی بست که برای هر دو طرف پذیرفتنی باشد. # speaker: player # dramatized: تسلیم هیچ تضمینی ندارد. # source: m09
    تسلیم را هم می‌شود امضا و ثبت کرد. نگرانی من آن چیزی است که روی کاغذ می‌آید. # speaker: saeidi # dramatized # grade: {g} # why: توافقی که برای هر دو طرف پذیرفتنی باشد تسلیم نیست، اما تضمین‌ها اجرای یک توافق را تأمین می‌کنند، نه مفاد آن را (m09)
+ [بگویید گفت‌وگو تسلیم شدن نیست # move: rebut # card: talk-is-not-accept]
    ~ played = "talk-is-not-accept"
    ~ g = grade_of(who, played)
    گفت‌وگو و تسلیم دو کار متفاوت‌اند. مذاکره به معنای پذیرش طرف مقابل نیست؛ موضوع را بررسی می‌کند و در پی راه‌حل‌های مناسب است. # speaker: player # dramatized: گفت‌وگو و تسلیم دو کار متفاوت‌اند. # source: m05
    پس میزی نشانم بدهید که طرف ما هنوز بتواند پشت آن «نه» بگوید. # speaker: saeidi # dramatized # grade: {g} # why: او گفت‌وگو را تسلیم می‌شمارد؛ مذاکره بررسی و روشن می‌کند و به معنای پذیرش طرف مقابل نیست (m05)
+ [بگویید اسیر، طرف ضعیف است: با قدرت وارد شوید # move: rebut # card: confidence]
    ~ played = "confidence"
    ~ g = grade_of(who, played)
    اسارت برای کسانی است که در جایگاه طرف ضعیف‌تر می‌نشینند. مذاکره‌کننده باید خود را قدرتمند ببیند و عاقلانه و خردمندانه عمل کند. # speaker: player # dramatized: اسارت برای کسانی است که در جایگاه طرف ضعیف‌تر می‌نشینند. # source: m07
    و چه کسی از طرف ما آنجا می‌نشیند؟ این را می‌خواهم بدانم. # speaker: saeidi # dramatized # grade: {g} # why: تسلیم حالت طرفی است که خود را ضعیف می‌بیند؛ مذاکره‌کننده‌ای که خود را قدرتمند می‌بیند اسیر نیست (m07)
+ [بگویید آنها بیش از ما از جنگ می‌ترسند # move: rebut # card: cost-of-war]
    ~ played = "cost-of-war"
    ~ g = grade_of(who, played)
    اگر آمریکا برای پرهیز از جنگ به مذاکره روی بیاورد، ایران باید از آن بهره بگیرد: مذاکره برای آمریکا کم‌هزینه‌تر از جنگ است. # speaker: player # source: m14
    ترس آنها از جنگ، توافق بد را خوب نمی‌کند. من از تسلیم گفتم، نه از ترس‌های آنها. # speaker: saeidi # dramatized # grade: {g} # why: نیاز طرف مقابل به مذاکره نشان نمی‌دهد که مذاکره تسلیم نیست (m14)
+ [بگویید مفاهیم را با هم خلط کرده است # move: rebut # card: know-the-concepts]
    ~ played = "know-the-concepts"
    ~ g = grade_of(who, played)
    گفت‌وگو و کوتاه آمدن دو چیز متفاوت‌اند. مفهوم مذاکره باید درست فهمیده شود؛ اگر جوهر آن درک نشود، نمی‌توان به نتایج مطلوب رسید. # speaker: player # dramatized: گفت‌وگو و کوتاه آمدن دو چیز متفاوت‌اند. # source: m06
    معنای این کلمه را به اندازه کافی می‌فهمم. بگویید چه چیزی مانع می‌شود که مذاکره به تسلیم بدل شود. # speaker: saeidi # dramatized # grade: {g} # why: ادعای او بر مفهومی نادرست‌فهمیده استوار است، و این پاسخ آن خلط را نام می‌برد بی‌آنکه نشان دهد مرز کجاست (m06)
+ [بگویید قاطعیت او برایش هزینه‌ای ندارد # move: attack]
    ~ g = "backfire"
    از بالای منبر «هرگز» گفتن آسان است. شما کسی نیستید که پشت میز بنشیند. # speaker: player # dramatized
    جایگاه من حرفم را درست یا نادرست نمی‌کند. شما از منبر من گفتید، نه از استدلالم. # speaker: saeidi # dramatized # grade: {g} # why: اشاره به جایگاه گوینده چیزی درباره ادعای او نمی‌گوید و حمله‌کننده را از چشم حاضران می‌اندازد (f-saeidi)

- (verdict)
~ temp after = settle(who, played, g, engaged, conceded)
-> room_verdict(who, g, after, engaged) ->
~ leave_floor(who)
->->
