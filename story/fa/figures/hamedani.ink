// Persian (fa) mirror of story/figures/hamedani.ink: the same knots, choices, variables and tags; only the words a player reads differ. Keep the two in step (story/README.md, "The Persian story").
// MOHAMMAD MEHDI HOSSEINI HAMEDANI, Karaj's Friday Prayer Leader. Article: f-hamedani
// ("Negotiation arises from betrayal or negligence").
// Rhetorical move: questioning motives (poisoning the well): the proposal is judged by the
// betrayal, negligence or ignorance imputed to those who make it, and talks are put in one breath
// with surrender. His call that the US's record not be forgotten is a real value, and the kernel.
// True kernel: what the US has done should not be forgotten (the expert starts from that record, m08).
// On offer, and why (grades in rules.ink, card_grade):
//   talk-is-not-accept: strong, it separates talking from surrender and from forgetting;
//   guarantees: partial, it draws safeguards from the record, but the charge about motives stands;
//   relative-trust, take-the-wheel, know-the-concepts: weak, and each tempting: "every state has a
//     record", "then let the critics govern", "who is really ignorant?" (the last turns his own move
//     round, as the expert's m18 does).
// Talk-is-not-accept can be worn here: it may have landed on Saeidi before him.

=== hamedani_exchange ===
~ temp who = "hamedani"
~ take_floor(who)
~ temp engaged = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
مهمان بعدی ما امامت نماز جمعه کرج را بر عهده دارد. محمدمهدی حسینی همدانی، سخن با شماست. # speaker: moderator # dramatized # sfx: gavel
برخی از سر خیانت، غفلت یا نادانی، از مذاکره و تسلیم سخن می‌گویند و در ذهن مردم تردید می‌افکنند. # speaker: hamedani # source: f-hamedani
جبهه انقلاب باید روایتی دقیق از جنایات آمریکا ارائه کند، تا از انحراف جلوگیری شود و با تلاش‌ها برای از یاد بردن ظلم‌هایی که آمریکا کرده است مقابله شود. # speaker: hamedani # source: f-hamedani

- (menu)
+ {not engaged} [بپرسید آیا به یاد داشتن، تکلیف پرسش را روشن می‌کند # move: press]
    ~ engaged = true
    آیا کسی نمی‌تواند تک‌تک آن ظلم‌ها را به یاد داشته باشد و باز هم خواهان مذاکره باشد؟ # speaker: player # dramatized
    گفتم چه باید کرد: روایتی دقیق از جنایات آمریکا ارائه کنیم، تا مردم فراموش نکنند. # speaker: hamedani # dramatized: گفتم چه باید کرد: # source: f-hamedani
    او پاسخی نمی‌دهد. ادعای او دو چیز را به هم پیوند می‌زند: به یاد داشتن آنچه آمریکا کرده است، و داوری درباره پیشنهاددهندگان مذاکره بر اساس انگیزه‌هایشان. پاسخ می‌تواند اولی را نگه دارد و دومی را کنار بگذارد. # speaker: moderator # dramatized
    -> menu
+ {not engaged} [بپذیرید که کارنامه نباید فراموش شود # move: concede]
    ~ engaged = true
    ~ conceded = true
    ~ g = concession_grade(who)
    کارنامه نباید فراموش شود، و کارشناس هم از همان آغاز می‌کند: این نگرانی از مواردی در گذشته سرچشمه می‌گیرد که آمریکا توافق‌ها را نقض کرده است. # speaker: player # dramatized: کارنامه نباید فراموش شود، و کارشناس هم از همان آغاز می‌کند: # source: m08
    پس وقتی از مذاکره حرف می‌زنید، آن را به یاد داشته باشید. # speaker: hamedani # dramatized # grade: {g} # why: پذیرفتن نکته‌ای درست، اینکه کارنامه نباید فراموش شود، اعتبار لازم برای پاسخ به بقیه را به دست می‌دهد (m08)
    ~ settle_concession(who)
    حرف او شنیده شد. حسینی همدانی اکنون گوش می‌دهد. # speaker: narrator # dramatized # stance: hamedani=wary
    -> menu
+ [بگویید به یاد داشتن دلیل سازوکارهای حفاظتی است # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = grade_of(who, played)
    به یاد داشتن دلیل سازوکارهای حفاظتی است. به جای پرهیز از مذاکره، باید از ابزارهای حقوقی و دیپلماتیک برای حفظ منافع بهره گرفت. # speaker: player # dramatized: به یاد داشتن دلیل سازوکارهای حفاظتی است. # source: m08
    سازوکارهای حفاظتی روی کاغذ یک چیز است. من از کسانی گفتم که می‌خواهند مردم فراموش کنند. # speaker: hamedani # dramatized # grade: {g} # why: کارشناس از کارنامه، سازوکار حفاظتی نتیجه می‌گیرد، نه پرهیز از مذاکره، اما اتهام درباره انگیزه‌ها به جای خود باقی است (m08)
+ [بگویید هر کشوری کارنامه‌ای دارد # move: rebut # card: relative-trust]
    ~ played = "relative-trust"
    ~ g = grade_of(who, played)
    اگر کارنامه مذاکره را منتفی می‌کرد، با هیچ‌کس نمی‌توانستیم مذاکره کنیم. هیچ کشوری نمی‌تواند کاملاً قابل اعتماد باشد. # speaker: player # dramatized: اگر کارنامه مذاکره را منتفی می‌کرد، با هیچ‌کس نمی‌توانستیم مذاکره کنیم. # source: m16
    من از اعتماد حرف نزدم. از حافظه گفتم، و از کسانی که می‌خواهند کمرنگش کنند. # speaker: hamedani # dramatized # grade: {g} # why: مقایسه کارنامه‌ها نه به دعوت او به یادآوری پاسخ می‌دهد و نه به اتهامش درباره انگیزه‌ها (m16)
+ [بگویید به یاد داشتن و مذاکره کردن با هم جمع می‌شوند # move: rebut # card: talk-is-not-accept]
    ~ played = "talk-is-not-accept"
    ~ g = grade_of(who, played)
    به یاد داشتن و مذاکره کردن ضد هم نیستند. مذاکره به معنای پذیرش طرف مقابل نیست. # speaker: player # dramatized: به یاد داشتن و مذاکره کردن ضد هم نیستند. # source: m05
    { g == "strong":
        می‌گویید یکی نیستند. پس آنان که بر مذاکره اصرار دارند نشان دهند که به یاد دارند. # speaker: hamedani # dramatized # grade: {g} # why: او مذاکره و تسلیم را در یک نفس می‌آورد؛ مذاکره به معنای پذیرش طرف مقابل نیست، پس پیشنهاد آن به‌خودی‌خود خیانت نیست (m05)
    - else:
        وقتی آقای سعیدی این پاسخ را شنید، حاضران خوب پذیرفتندش. تکرارش به آنچه من درباره فراموشی گفتم نمی‌رسد. # speaker: hamedani # dramatized # grade: {g} # why: نکته‌ای که یک بار حاضران را با خود همراه کرده، با تکرار از اثرش کاسته می‌شود (m05)
    }
+ [بگویید پس منتقدان خودشان حکومت کنند # move: rebut # card: take-the-wheel]
    ~ played = "take-the-wheel"
    ~ g = grade_of(who, played)
    شما کسانی را سرزنش می‌کنید که از مذاکره حرف می‌زنند. اگر برای حل این مشکلات برنامه‌ای دارید، چرا مسئولیت اجرایی مستقیم را نمی‌پذیرید؟ # speaker: player # dramatized: شما کسانی را سرزنش می‌کنید که از مذاکره حرف می‌زنند. # source: m01
    پرسش این نیست که من حکومت کنم یا نه. من از برنامه حرفی نزدم. # speaker: hamedani # dramatized # grade: {g} # why: اینکه از منتقد بخواهیم خودش مسئولیت بپذیرد، ادعای او را نمی‌سنجد: مغالطه «تو هم» (m01)
+ [بپرسید واقعاً چه کسی درک درستی ندارد # move: rebut # card: know-the-concepts]
    ~ played = "know-the-concepts"
    ~ g = grade_of(who, played)
    شما از نادانی سخن می‌گویید. برخی از تصمیم‌گیران درک درستی از مفاهیم پایه سیاسی، مانند مذاکره و اعتماد، ندارند. # speaker: player # dramatized: شما از نادانی سخن می‌گویید. # source: m18, m19
    پس حالا درک من زیر سؤال است. این پاسخ حرف من نیست. # speaker: hamedani # dramatized # grade: {g} # why: پاسخ دادن به «نادانی» با «فقدان درک درست» درباره آدم‌ها داوری می‌کند، نه درباره پیشنهاد: حرکت خود او، وارونه (m18)
+ [از پاسخ دادن به کسی که «خیانت» می‌گوید سر باز بزنید # move: attack]
    ~ g = "backfire"
    هر کس مخالفانش را خائن بخواند، استدلال را کنار گذاشته است. چنین حرفی ارزش پاسخ ندارد. # speaker: player # dramatized
    از سنجیدن حرف من سر باز می‌زنید، به خاطر اینکه فکر می‌کنید من کیستم. # speaker: hamedani # dramatized # grade: {g} # why: سر باز زدن از سنجیدن یک ادعا به خاطر گوینده‌اش، خود مسموم کردن چاه است؛ ادعای او را سر جایش باقی می‌گذارد (f-hamedani)

- (verdict)
~ temp after = settle(who, played, g, engaged, conceded)
-> room_verdict(who, g, after, engaged) ->
~ leave_floor(who)
->->
