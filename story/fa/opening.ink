// Persian (fa) mirror of story/opening.ink: the same knots, choices, variables and tags; only the words a player reads differ. Keep the two in step (story/README.md, "The Persian story").
// THE OPENING. The moderator welcomes the viewers, says what he is (a host invented for the game)
// and what is marked dramatized, frames the article's question (intro), explains the moves and how
// the room is judged in a few words, and the table is seated: every guest's starting stance is set
// here.

=== opening_remarks ===
~ stage = "opening"
عصر به‌خیر، به «میزگرد» خوش آمدید. من مجری‌ای هستم که برای این بازی ساخته شده است. مهمانان ما افرادی واقعی‌اند؛ سخنانشان از مقاله‌ای از ایرنا گرفته شده، و هر چه فراتر از آن باشد با برچسب «نمایشی» مشخص شده است. # speaker: moderator # dramatized # sfx: gavel
پرسش امشب: آیا مذاکره با آمریکا راهی عملی برای حل مشکلات ایران است، یا راهی به بن‌بست؟ # speaker: moderator # source: intro
پاسخ‌های متقابلی که در دست دارید از آن این کارشناس است: مهدی مطهرنیا، کارشناس روابط بین‌الملل. # speaker: moderator # dramatized: پاسخ‌های متقابلی که در دست دارید از آن این کارشناس است: # source: m00
از مهمان توضیح بخواهید، نکته‌ای درست را بپذیرید، با یک پاسخ متقابل جواب دهید، یا به شخص حمله کنید. حاضران بر پایه استدلال جابه‌جا می‌شوند، به هر دو سو. # speaker: moderator # dramatized
{ preset == "short":
    پنج مهمان بر جای خود می‌نشینند: سه مخالف مذاکره، یکی که شرط می‌گذارد، و یکی موافق آن. # speaker: narrator # dramatized # stance: sediqi=firm # stance: alamolhoda=firm # stance: shariatmadari=firm # stance: taeb=wary # stance: abdolalizadeh=open
- else:
    هشت مهمان بر جای خود می‌نشینند: شش مخالف مذاکره، یکی که شرط می‌گذارد، و یکی موافق آن. # speaker: narrator # dramatized # stance: sediqi=firm # stance: alamolhoda=firm # stance: saeidi=firm # stance: laeini=firm # stance: shariatmadari=firm # stance: hamedani=firm # stance: taeb=wary # stance: abdolalizadeh=open
}
+ [بر جای خود بنشینید # move: continue]
- ->->
