// Persian (fa) mirror of story/figures/sediqi.ink: the same knots, choices, variables and tags; only the words a player reads differ. Keep the two in step (story/README.md, "The Persian story").
// KAZEM SEDIQI, Tehran's Friday Prayer Leader. Article: f-sediqi ("The US demands ransom").
// Rhetorical move: assertion without evidence, carried by a loaded word ("ransom").
// The step the claim rests on: the US cannot be relied on, and takes without giving back.
// True kernel: the US has broken agreements before (the expert grants it, m08).
// On offer, and why (grades in rules.ink, card_grade):
//   guarantees, relative-trust: strong, two ways to meet the same step; on the full table
//     relative-trust lands strongly again on Laeini, so which to spend here is the choice;
//   talk-is-not-accept, confidence: partial, relevant but the credentials charge stands;
//   home-front: weak, and tempting ("only the weak pay ransom"): it changes the subject.
// Sediqi speaks first in both presets, so no card can be worn yet in this exchange.

=== sediqi_exchange ===
~ temp who = "sediqi"
~ take_floor(who)
~ temp engaged = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
نخستین مهمان ما امامت نماز جمعه تهران را بر عهده دارد. کاظم صدیقی، سخن با شماست. # speaker: moderator # dramatized # sfx: gavel
ایالات متحده صلاحیت مذاکره را از دست داده است. در عوض، باج می‌خواهد. # speaker: sediqi # source: f-sediqi

- (menu)
+ {not engaged} [بپرسید «باج» در اینجا یعنی چه # move: press]
    ~ engaged = true
    باج برای چه، دقیقاً؟ چه می‌پردازیم و چه پس می‌گیریم؟ # speaker: player # dramatized
    روشن گفتم: آمریکا صلاحیت مذاکره را از دست داده و باج می‌خواهد. # speaker: sediqi # dramatized: روشن گفتم: # source: f-sediqi
    پس این ادعا بر یک گام استوار است: هر چه ایران بدهد، آمریکا می‌گیرد و چیزی پس نمی‌دهد. پاسخ باید به همین گام بپردازد. # speaker: moderator # dramatized
    -> menu
+ {not engaged} [بپذیرید که آمریکا پیش از این توافق‌ها را زیر پا گذاشته است # move: concede]
    ~ engaged = true
    ~ conceded = true
    ~ g = concession_grade(who)
    در این حرف نکته‌ای هست. این نگرانی از مواردی در گذشته سرچشمه می‌گیرد که آمریکا توافق‌ها را نقض کرده است. # speaker: player # dramatized: در این حرف نکته‌ای هست. # source: m08
    پس از یک کارنامه آغاز می‌کنیم. اختلاف ما در این است که از آن چه نتیجه می‌شود. # speaker: sediqi # dramatized # grade: {g} # why: پذیرفتن نکته‌ای درست، اینکه آمریکا پیش از این توافق‌ها را شکسته است، اعتبار لازم برای پاسخ به بقیه را به دست می‌دهد (m08)
    ~ settle_concession(who)
    حرف او شنیده شد. صدیقی اکنون گوش می‌دهد. # speaker: narrator # dramatized # stance: sediqi=wary
    -> menu
+ [به بی‌اعتمادی با توافق‌های الزام‌آور پاسخ دهید # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = grade_of(who, played)
    پس اصلاً به اعتماد تکیه نکنیم. مذاکره در فضای بی‌اعتمادی معمولاً از راه توافق‌نامه‌ها، تفاهم‌نامه‌ها، تضمین‌های اجرایی و ثبت در سازمان‌های بین‌المللی پیش می‌رود. # speaker: player # dramatized: پس اصلاً به اعتماد تکیه نکنیم. # source: m09
    امضاهایی روی کاغذ. و چه کسی آنها را به پایبندی وا می‌دارد؟ # speaker: sediqi # dramatized # grade: {g} # why: ادعای او این است که نمی‌توان به طرف مقابل تکیه کرد؛ مذاکره در فضای بی‌اعتمادی بر توافق‌ها و تضمین‌ها استوار است، نه بر اعتماد (m08, m09)
+ [معیار او را درباره همه کشورها به کار ببرید # move: rebut # card: relative-trust]
    ~ played = "relative-trust"
    ~ g = grade_of(who, played)
    اگر از دست رفتن صلاحیت، مذاکره را منتفی می‌کند، پس روسیه، چین، بریتانیا یا عربستان سعودی چه؟ هیچ کشوری نمی‌تواند کاملاً قابل اعتماد باشد؛ اعتماد مفهومی نسبی است. # speaker: player # dramatized: اگر از دست رفتن صلاحیت، مذاکره را منتفی می‌کند، # source: m16
    آن کشورها امشب موضوع این میز نیستند. ایالات متحده هست. # speaker: sediqi # dramatized # grade: {g} # why: معیار «صلاحیت از دست رفته» همه کشورها را کنار می‌گذارد: اعتماد نسبی است و ساخته می‌شود، نه اینکه از پیش فرض شود (m10, m16)
+ [بگویید گفت‌وگو کردن پرداختن نیست # move: rebut # card: talk-is-not-accept]
    ~ played = "talk-is-not-accept"
    ~ g = grade_of(who, played)
    نشستن پشت میز پرداخت چیزی نیست. مذاکره به معنای پذیرش طرف مقابل نیست؛ مسائل را روشن می‌کند. # speaker: player # dramatized: نشستن پشت میز پرداخت چیزی نیست. # source: m05
    من نگفتم گفت‌وگو پرداختن است. گفتم آنچه می‌خواهند باج است. # speaker: sediqi # dramatized # grade: {g} # why: گفت‌وگو پرداختن نیست، اما این اتهام او که طرف مقابل صلاحیتش را از دست داده است به جای خود باقی است (m05)
+ [بگویید کشور قوی باج نمی‌دهد # move: rebut # card: home-front]
    ~ played = "home-front"
    ~ g = grade_of(who, played)
    پس آن‌قدر قوی شویم که هیچ‌کس نتواند چیزی از ما طلب کند: فساد را ریشه‌کن کنیم و جوانان با ایده‌های تازه را به میدان راه دهیم. # speaker: player # dramatized: پس آن‌قدر قوی شویم که هیچ‌کس نتواند چیزی از ما طلب کند: # source: m03
    اصلاح در داخل موعظه خوبی است. اما درباره اینکه می‌شود با واشینگتن کنار آمد یا نه، چیزی نمی‌گوید. # speaker: sediqi # dramatized # grade: {g} # why: اصلاح در داخل اولویتی واقعی است، اما بحث را از کارنامه طرف مقابل به جای دیگری می‌برد (m02, m03)
+ [بگویید فقط ضعیف باج می‌دهد # move: rebut # card: confidence]
    ~ played = "confidence"
    ~ g = grade_of(who, played)
    باج را ضعیف می‌دهد. مذاکره‌کننده باید خود را قدرتمند ببیند و عاقلانه و خردمندانه عمل کند. # speaker: player # dramatized: باج را ضعیف می‌دهد. # source: m07
    اعتمادبه‌نفس ما آنها را به پایبندی به قولشان وادار نمی‌کند. # speaker: sediqi # dramatized # grade: {g} # why: اعتمادبه‌نفس پاسخ ترس از ضعف است، نه پاسخ این اتهام که طرف مقابل به قولش پایبند نمی‌ماند (m07)
+ [به او بگویید دیپلماسی را به دیپلمات‌ها بسپارد # move: attack]
    ~ g = "backfire"
    شما امام جمعه‌اید، نه مذاکره‌کننده. معاهده‌ها را به کسانی بسپارید که از آنها سر در می‌آورند. # speaker: player # dramatized
    به حاضران گفتید من کیستم. این را می‌دانستند. اما به حرف من پاسخ ندادید. # speaker: sediqi # dramatized # grade: {g} # why: حمله به جایگاه گوینده ادعای او را دست‌نخورده می‌گذارد و حمله‌کننده را از چشم حاضران می‌اندازد (f-sediqi)

- (verdict)
~ temp after = settle(who, played, g, engaged, conceded)
-> room_verdict(who, g, after, engaged) ->
~ leave_floor(who)
->->
