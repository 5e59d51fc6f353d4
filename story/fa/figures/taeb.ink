// Persian (fa) mirror of story/figures/taeb.ink: the same knots, choices, variables and tags; only the words a player reads differ. Keep the two in step (story/README.md, "The Persian story").
// HOSSEIN TAEB, adviser to the IRGC Commander-in-Chief, former head of IRGC Intelligence.
// Article: taeb ("Let's not create a dichotomy"). Not one of the six: a conditional middle position.
// Rhetorical move: he refuses an either-or between compromise and negotiation, and sets a condition
// (get what is rightfully ours). What "ours" means, his remarks as reported do not say, so no line
// here lists it for him.
// True kernel: the other side will try to impose its goals at the table (his own line).
// On offer, and why (grades in rules.ink, card_grade and argue_grade):
//   guarantees: strong, common ground: it is how a conditional yes secures its condition;
//   confidence: partial, common ground halfway;
//   "there is no middle" (# move: argue, the player's own): weak, a straw man, and tempting.
// Wear runs between the six opponents only (rules.ink, grade_of): his exchange grades each card as
// card_grade has it, whatever landed before.

=== taeb_exchange ===
~ temp who = "taeb"
~ temp engaged = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
مهمانان تا اینجا علیه مذاکره سخن گفته‌اند. حسین طائب، رئیس پیشین سازمان اطلاعات سپاه که اکنون مشاور فرمانده کل آن است، به جای آن شرطی می‌گذارد. آقای طائب. # speaker: moderator # dramatized # sfx: gavel
باید مراقب باشیم به سمت دوگانه سازش و مذاکره نرویم، چون آمریکا قصد دارد در مذاکرات باورها و اهداف خود را به ما تحمیل کند. اما اگر قرار است مذاکره‌ای صورت گیرد، باید آنچه را به‌حق از آن ماست به دست آوریم. # speaker: taeb # source: taeb

- (menu)
+ {not engaged} [بپرسید «آنچه به‌حق از آن ماست» چه خواهد بود # move: press]
    ~ engaged = true
    چه چیزی به‌حق از آن ما به شمار می‌آید؟ چه چیزی را باید با خود به خانه بیاوریم؟ # speaker: player # dramatized
    حرفم همان است که گفتم: اگر قرار است مذاکره‌ای صورت گیرد، باید آنچه را به‌حق از آن ماست به دست آوریم. # speaker: taeb # dramatized: حرفم همان است که گفتم: # source: taeb
    سخنان او، آن‌گونه که گزارش شده، فهرستی از آن به دست نمی‌دهد. این بخش باز شرط اوست: هر کس مذاکره کند باید آن را پر کند. # speaker: moderator # dramatized
    -> menu
+ {not engaged} [بپذیرید که طرف مقابل اهداف خود را پیش خواهد برد # move: concede]
    ~ engaged = true
    ~ conceded = true
    ~ g = concession_grade(who)
    درست می‌گویید که طرف مقابل پشت میز خواهد کوشید اهدافش را تحمیل کند. جز این انتظار داشتن ساده‌لوحی است. # speaker: player # dramatized
    پس در نیمه نخست هم‌نظریم. # speaker: taeb # dramatized # grade: {g} # why: پذیرفتن هشداری درست، اینکه هر طرف پشت میز اهداف خودش را پیش می‌برد، اعتبار به دست می‌دهد (taeb)
    ~ settle_concession(who)
    -> menu
+ [بگویید تضمین‌ها راه تأمین حق ماست # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = card_grade(who, played)
    ~ common_ground = true
    پس میان ما «یا این یا آن»ی در کار نیست. با توافق‌نامه‌ها، تضمین‌های اجرایی و ثبت رسمی، حتی وقتی طرفین به هم اعتماد ندارند، می‌توان توافقی بست که برای هر دو طرف پذیرفتنی باشد. # speaker: player # dramatized: پس میان ما «یا این یا آن»ی در کار نیست. # source: m09
    نوشته، تضمین‌شده، ثبت‌شده. پس پرسش این است که چه چیزی روی کاغذ می‌آید. # speaker: taeb # dramatized # grade: {g} # why: نقطه مشترک: توافق‌های قابل اجرا راهی است که یک «آری» مشروط با آن «آنچه به‌حق از آن ماست» را تأمین می‌کند (taeb, m09)
+ [بگویید می‌دانیم چه می‌خواهیم و وارد می‌شویم # move: rebut # card: confidence]
    ~ played = "confidence"
    ~ g = card_grade(who, played)
    ~ common_ground = true
    پس میان ما «یا این یا آن»ی در کار نیست. مذاکره موفق به اعتمادبه‌نفس و باوری استوار به اهداف خود نیاز دارد. # speaker: player # dramatized: پس میان ما «یا این یا آن»ی در کار نیست. # source: m07
    دانستن اینکه چه می‌خواهیم آغاز کار است. نمی‌گوید چگونه مطمئن شویم آن را به دست می‌آوریم. # speaker: taeb # dramatized # grade: {g} # why: باوری استوار به اهداف خود، نیمی از راه را تا شرط او می‌رود؛ نمی‌گوید آن را چگونه باید تأمین کرد (taeb, m07)
+ [بگویید حد وسطی نیست: مذاکره فقط مذاکره است # move: argue]
    ~ played = ""
    ~ g = argue_grade(who)
    اینجا حد وسطی وجود ندارد. مذاکره فقط مذاکره است، پس چرا پیش از آنکه حتی بنشینیم شرط بگذاریم؟ # speaker: player # dramatized
    حرفم را اشتباه فهمیدید. من به مذاکره «نه» نگفتم. گفتم آنچه با خود به خانه می‌آوریم مهم است. # speaker: taeb # dramatized # grade: {g} # why: پهلوان پنبه: او برای مذاکره شرط می‌گذارد، آن را رد نمی‌کند، و این پاسخ شرط او را نادیده می‌گیرد (taeb)
+ [توصیه یک رئیس پیشین اطلاعات درباره دیپلماسی را زیر سؤال ببرید # move: attack]
    ~ g = "backfire"
    رئیس پیشین اطلاعات و توصیه درباره دیپلماسی؟ کار شما بدگمانی است، نه مذاکره. # speaker: player # dramatized
    شما درباره کارنامه شغلی من داوری می‌کنید، نه درباره استدلالم. و استدلال من جا را برای مذاکره باز گذاشته بود. # speaker: taeb # dramatized # grade: {g} # why: حمله به کارنامه شغلی استدلال را دست‌نخورده می‌گذارد، و این استدلال جا را برای مذاکره باز گذاشته بود (taeb)

- (verdict)
~ temp after = settle(who, played, g, engaged, conceded)
-> room_verdict(who, g, after, engaged) ->
~ leave_floor(who)
->->
