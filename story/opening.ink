// THE OPENING. The moderator welcomes the viewers, says what he is (a host invented for the game)
// and what is marked dramatized, frames the article's question (intro), explains the moves in a
// few words, and the table is seated: every figure's starting stance is set here.

=== opening_remarks ===
~ stage = "opening"
Good evening, and welcome to The Round Table. # speaker: moderator # dramatized # sfx: gavel
First, a word about me: I am not a real person. I am a host invented for this game. Our guests are real, and their words come from an IRNA article. Anything they say beyond it is marked dramatized. # speaker: moderator # dramatized
Tonight's question: Iran faces hard problems at home and in the region. Some believe talks with the US could help solve them; others call that naive. Is negotiating with the US a way out, or a road to a dead end? # speaker: moderator # source: intro
You hold the counterpoints of Mehdi Motaharnia, an expert in international relations. # speaker: moderator # source: m00
You may press a guest to explain, or grant a point that is true. You may answer with one of his eight counterpoints, or attack the person. The audience, and the table, will judge. # speaker: moderator # dramatized
{ preset == "short":
    Five guests take their seats. Three have spoken against talks, one has set conditions, and one is for them. # speaker: narrator # stance: sediqi=firm # stance: alamolhoda=firm # stance: shariatmadari=firm # stance: taeb=wary # stance: abdolalizadeh=open
- else:
    Eight guests take their seats. Six have spoken against talks, one has set conditions, and one is for them. # speaker: narrator # stance: sediqi=firm # stance: alamolhoda=firm # stance: saeidi=firm # stance: laeini=firm # stance: shariatmadari=firm # stance: hamedani=firm # stance: taeb=wary # stance: abdolalizadeh=open
}
+ [Take your seat # move: continue]
- ->->
