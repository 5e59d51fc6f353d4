// THE OPENING. The moderator welcomes the viewers, says what he is (a host invented for the game)
// and what is marked dramatized, frames the article's question (intro), explains the moves and how
// the room is judged in a few words, and the table is seated: every guest's starting stance is set
// here.

=== opening_remarks ===
~ stage = "opening"
Good evening, and welcome to The Round Table. I am a host invented for this game. Our guests are real people; their words come from an IRNA article, and anything beyond it is marked dramatized. # speaker: moderator # dramatized # sfx: gavel
Tonight's question: is negotiating with the US a viable way to address Iran's problems, or a route to a dead end? # speaker: moderator # source: intro
You hold the counterpoints of Mehdi Motaharnia, an international relations expert. # speaker: moderator # dramatized: You hold the counterpoints of # source: m00
Press a guest to explain, grant a true point, answer with a counterpoint, or attack the person. The room moves with the merits, both ways. # speaker: moderator # dramatized
{ preset == "short":
    Five guests take their seats: three against talks, one who sets conditions, and one for them. # speaker: narrator # dramatized # stance: sediqi=firm # stance: alamolhoda=firm # stance: shariatmadari=firm # stance: taeb=wary # stance: abdolalizadeh=open
- else:
    Eight guests take their seats: six against talks, one who sets conditions, and one for them. # speaker: narrator # dramatized # stance: sediqi=firm # stance: alamolhoda=firm # stance: saeidi=firm # stance: laeini=firm # stance: shariatmadari=firm # stance: hamedani=firm # stance: taeb=wary # stance: abdolalizadeh=open
}
+ [Take your seat # move: continue]
- ->->
