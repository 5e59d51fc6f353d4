// Persian (fa) mirror of story/figures/abdolalizadeh.ink: the same knots, choices, variables and tags; only the words a player reads differ. Keep the two in step (story/README.md, "The Persian story").
// ALI ABDOLALIZADEH, the president's Special Representative for the Sea-Oriented Economy.
// Article: abdolalizadeh (for negotiating, honorably), then context (the "assassin of General
// Soleimani" objection and IRNA's own comparison with Hamas). He supports talks, so the exchange is
// the player answering the objection the moderator puts, with him beside them. The moderator, not
// he, judges the answers here: the article gives him no view on them.
// True kernel (of the objection): the grief behind the slogan is real (context).
// On offer, and why (grades in rules.ink, card_grade and argue_grade):
//   talk-is-not-accept: strong, the slogan treats talking with someone as accepting him;
//   guarantees: partial, it answers distrust and steps around the grief;
//   the Hamas analogy (# move: argue): partial; it is IRNA's argument, not the expert's, and open to
//     critique like any other (debrief.json asks students to test it);
// Wear runs between the six opponents only (rules.ink, grade_of): this exchange grades each card
// as card_grade has it, whatever landed before.

=== abdolalizadeh_exchange ===
~ temp who = "abdolalizadeh"
~ temp engaged = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
آخرین مهمان ما موافق مذاکره است. علی عبدالعلی‌زاده نماینده ویژه رئیس‌جمهور در امور اقتصاد دریامحور است. سخن با شماست. # speaker: moderator # dramatized # sfx: gavel
ما به سیاست خارجی تازه‌ای نیاز داریم. در دوران انتخابات گفتم که باید با آقای ترامپ مذاکره کنیم. نمی‌توانیم مسائل کشور را معطل نگه داریم، پس باید عزتمندانه سخن بگوییم و از منافع ملی خود دفاع کنیم. کل نظام با مذاکره رودررو موافقت کرده است. # speaker: abdolalizadeh # source: abdolalizadeh
بسیاری این را نخواهند پذیرفت. پس از توافق هسته‌ای، و پس از آنکه سردار سلیمانی به دستور ترامپ ترور شد، گروه بزرگی چنین مذاکره‌ای را خیانت‌آمیز خواندند: «با قاتل سردار سلیمانی مذاکره نمی‌کنیم.» # speaker: moderator # dramatized: بسیاری این را نخواهند پذیرفت. # source: context
امشب در این پرسش شما در طرف او هستید. به آنها چه پاسخی می‌دهید؟ # speaker: moderator # dramatized

- (menu)
+ {not engaged} [بپذیرید که اندوه پشت این شعار واقعی است # move: concede]
    ~ engaged = true
    ~ conceded = true
    ~ g = concession_grade(who)
    اندوه پشت این سخنان واقعی است و پیش از هر استدلالی سزاوار احترام است. # speaker: player # dramatized
    آغازی منصفانه: اعتراض پیش از آنکه پاسخ داده شود، شنیده می‌شود. # speaker: moderator # dramatized # grade: {g} # why: پذیرفتن آنچه در یک اعتراض درست است، یعنی اندوه پشت آن، اعتبار لازم برای پاسخ به آن را به دست می‌دهد (context)
    ~ settle_concession(who)
    -> menu
+ [بگویید منافع ما را می‌توان به صورت مکتوب حفظ کرد # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = card_grade(who, played)
    پس بیایید منافعمان را به صورت مکتوب حفظ کنیم. حتی وقتی طرفین به هم اعتماد ندارند، می‌توان توافق‌هایی بست که برای هر دو طرف پذیرفتنی باشد. # speaker: player # dramatized: پس بیایید منافعمان را به صورت مکتوب حفظ کنیم. # source: m09
    تا همین حد درست است. اما آن شعار هیچ‌وقت درباره کاغذبازی نبود؛ درباره اندوه و عزت بود. # speaker: moderator # dramatized # grade: {g} # why: تضمین‌ها به بی‌اعتمادی پاسخ می‌دهند، اما از کنار اندوه و عزتی که پشت شعار است می‌گذرند (m09, context)
+ [بگویید گفت‌وگو کردن بخشیدن نیست # move: rebut # card: talk-is-not-accept]
    ~ played = "talk-is-not-accept"
    ~ g = card_grade(who, played)
    روبه‌روی کسی نشستن به معنای بخشیدن او نیست. مذاکره به معنای پذیرش طرف مقابل نیست. # speaker: player # dramatized: روبه‌روی کسی نشستن به معنای بخشیدن او نیست. # source: m05
    این پاسخ اعتراض را در زمین خودش جواب می‌دهد: گفت‌وگو با کسی به معنای پذیرفتن او نیست. # speaker: moderator # dramatized # grade: {g} # why: شعار، گفت‌وگو با کسی را پذیرفتن او می‌شمارد؛ مذاکره به معنای پذیرش طرف مقابل نیست (m05)
+ [از مقایسه مقاله با حماس استفاده کنید # move: argue]
    ~ played = ""
    ~ g = argue_grade(who)
    اگر حماس توانست درِ مذاکره را باز نگه دارد، ما هم می‌توانیم. مقاله می‌گوید که در سال گذشته حماس همواره در مذاکره با اسرائیل را باز نگه داشت تا با آزادی گروگان‌ها جلوی کشتار را بگیرد. # speaker: player # dramatized: اگر حماس توانست درِ مذاکره را باز نگه دارد، ما هم می‌توانیم. # source: context
    یک قیاس، و آن هم قیاس خود ایرنا. جنبشی در حال جنگ، و دولتی که سیاست خارجی‌اش را برمی‌گزیند: آیا این دو مورد واقعاً با هم جورند؟ # speaker: moderator # dramatized # grade: {g} # why: قیاس دری را باز می‌کند، اما جای نقد دارد: جنبشی در حال جنگ و سیاست خارجی یک دولت دو مورد متفاوت‌اند (context)
+ [بگویید وقت گذشتن از آن است # move: attack]
    ~ g = "backfire"
    آن ماجرا سال‌ها پیش بود. مردم باید از آن بگذرند. # speaker: player # dramatized
    اندوهی که نادیده گرفته شود پاسخ نیست، و این جمع این را می‌داند. # speaker: moderator # dramatized # grade: {g} # why: تحقیر اندوه مردم به هیچ چیز پاسخ نمی‌دهد و حاضران را از دست می‌دهد، حتی برای طرفدار مذاکره (context)

- (verdict)
~ temp after = settle(who, played, g, engaged, conceded)
-> room_verdict(who, g, after, engaged) ->
~ leave_floor(who)
->->
