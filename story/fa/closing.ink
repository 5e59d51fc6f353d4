// Persian (fa) mirror of story/closing.ink: the same knots, choices, variables and tags; only the words a player reads differ. Keep the two in step (story/README.md, "The Persian story").
// THE CLOSING. The player sums up with one of three syntheses; the moderator says whether it fits
// what the debate built (closing_grade in rules.ink), and outcome() in rules.ink picks the ending.
// The moderator judges the fit of the closing to the evening, never the policy it proposes.

=== closing_statement ===
~ stage = "closing"
~ temp g = "weak"
وقت ما تمام است. سخن آخر با شماست: ایران چه باید بکند، و چرا این جمع باید حرف شما را باور کند؟ # speaker: moderator # dramatized
+ [مذاکره، با تضمین # move: closing]
    ~ closing = "guarantees"
    از هیچ‌کس نمی‌خواهم کورکورانه به واشینگتن اعتماد کند. حتی در فضای بی‌اعتمادی، می‌توان با تضمین‌های اجرایی و ثبت در سازمان‌های بین‌المللی توافق بست. نباید انتظار داشت اعتماد مطلق باشد؛ باید از راه مذاکره، تضمین‌ها و سازوکارهای اجرایی پرورش یابد. # speaker: player # dramatized: از هیچ‌کس نمی‌خواهم کورکورانه به واشینگتن اعتماد کند. # source: m09, m10
+ [مذاکره، اما فقط برای آنچه از آن ماست # move: closing]
    ~ closing = "our-terms"
    آقای طائب درباره یک دوگانه هشدار داد، و با او موافقم. اگر مذاکره‌ای صورت گیرد، باید آنچه را به‌حق از آن ماست، با اعتمادبه‌نفس و باوری استوار به اهدافمان، به دست آوریم. # speaker: player # dramatized: آقای طائب درباره یک دوگانه هشدار داد، و با او موافقم. # source: taeb, m07
+ [نخست قدرت در داخل # move: closing]
    ~ closing = "home-front"
    چند تن از مهمانان گفتند مذاکره چیزی را حل نمی‌کند، و مذاکره به‌تنهایی هم حل نمی‌کند. تمرکز بر مسائل داخلی ما حیاتی است: ریشه‌کن کردن فساد، و باز کردن جا برای جوانان با ایده‌های تازه. آن‌گاه کشور بهتر می‌تواند در برابر فشارهای خارجی ایستادگی کند. # speaker: player # dramatized: چند تن از مهمانان گفتند مذاکره چیزی را حل نمی‌کند، و مذاکره به‌تنهایی هم حل نمی‌کند. # source: m02, m03
- ~ g = closing_grade(closing)
{ closing:
- "guarantees":
    { g == "strong":
        این را مهمان به مهمان ساختید: حاضران با شما هستند، و میز شما را جدی می‌گیرد. این پشتوانه‌ای است که می‌توان از آن استدلال کرد. # speaker: moderator # dramatized # grade: {g} # why: جمع‌بندی وقتی می‌نشیند که آنچه را بحث پیش‌تر ساخته است خلاصه کند: همراهی حاضران و اعتبار نزد میز (m09, m10)
    - else:
        استدلالی روشن. اما {audience < ROOM_WON:حاضران با شما همراه نشده‌اند|میز به شما اعتبار لازم را نداده است}، و پشتوانه به هر دو نیاز دارد. # speaker: moderator # dramatized # grade: {g} # why: پشتوانه برای مذاکره را باید پیش از ادعا کردن ساخت، هم با حاضران و هم با میز (m09, m10)
    }
- "our-terms":
    { g == "strong":
        با آقای طائب نقطه مشترک واقعی یافتید، و در این میان اعتبارتان را هم حفظ کردید. این جمع‌بندی از آن شماست. # speaker: moderator # dramatized # grade: {g} # why: جمع‌بندی وقتی پابرجاست که نقطه مشترک واقعاً پشت میز یافته شده باشد (taeb, m07)
    - else:
        {common_ground:با آقای طائب نقطه مشترک یافتید، اما اعتبارتان پشت این میز کمتر از آن است که آن را پیش ببرد|هرگز با آقای طائب به نقطه مشترک نرسیدید، پس شرط او را وام گرفته‌اید، نه آنکه ساخته باشید}. # speaker: moderator # dramatized # grade: {g} # why: جمع‌بندی به نقطه مشترکی نیاز دارد که واقعاً یافته شده باشد، و به اعتباری که آن را پیش ببرد (taeb)
    }
- else:
    { g == "strong":
        تمام شب آنچه را درست بود پذیرفتید. پس وقتی می‌گویید کار از داخل آغاز می‌شود، میز آن را صادقانه می‌شنود، نه طفره‌رفتن. # speaker: moderator # dramatized # grade: {g} # why: اعتباری که با پذیرش‌های صادقانه به دست آمده، «اول کار داخل را درست کنیم» را قانع‌کننده می‌کند، نه عوض کردن موضوع (m02, m03)
    - else:
        امشب اعتبار لازم برای این حرف را به دست نیاورده‌اید. از زبان شما، «اول کار داخل را درست کنیم» به عوض کردن موضوع می‌ماند. # speaker: moderator # dramatized # grade: {g} # why: «اول کار داخل را درست کنیم» فقط از زبان کسی قانع‌کننده است که پشت میز اعتبار به دست آورده باشد (m02, m03)
    }
}
{ outcome():
- "talks-with-guarantees": -> ending_talks_with_guarantees
- "talks-on-our-terms": -> ending_talks_on_our_terms
- "home-front-first": -> ending_home_front_first
- "audience-not-table": -> ending_audience_not_table
- "opponents-carry-the-room": -> ending_opponents_carry_the_room
}
-> ending_deadlock
