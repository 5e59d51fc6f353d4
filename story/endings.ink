// THE ENDINGS. Each says what the room settled on, what it cost, and leaves a fair open question.
// They judge how the argument went on the night, never which side of the question is right, and
// they give no real guest a view the article does not give him: the room is the studio audience.
// The conditions are in rules.ink (outcome, walked_out); story/cast.json lists every ending with
// the side that carried the room ("room": player | opponents | split).

=== ending_talks_with_guarantees ===
~ stage = "ending"
Before we close, a show of hands from the studio. # speaker: moderator # dramatized
Most of the room backs one proposal: talks, held with written agreements, executive guarantees and international registration. The guests keep their own views, but they gave your case a hearing. # speaker: narrator # dramatized
The cost: those still unconvinced ask who enforces a guarantee when the stronger side walks away. Tonight no one answered that. # speaker: narrator # dramatized
The open question: what should happen when a guarantee is broken? # speaker: narrator # dramatized # ending: talks-with-guarantees
-> END

=== ending_talks_on_our_terms ===
~ stage = "ending"
The studio settles on Mr. Taeb's condition: if there are talks, they are for what is rightfully ours. # speaker: narrator # dramatized
A condition, not a verdict. It is more common ground than this table usually finds. # speaker: moderator # dramatized
The cost: "what is ours" is still undefined, and each side of the room hears its own list in it. # speaker: narrator # dramatized
The open question: who decides what counts as rightfully ours, and what if the other side's list is different? # speaker: narrator # dramatized # ending: talks-on-our-terms
-> END

=== ending_home_front_first ===
~ stage = "ending"
The room settles on what both sides here can sign: end corruption, make room for the young, build strength at home first. Talks are not ruled out tonight; they are put off. # speaker: narrator # dramatized
A rare agreement. But reforms take years, and pressure from abroad does not wait for them. # speaker: moderator # dramatized
The open question: can a country grow strong at home while pressure rises, or must it reform and talk at once? # speaker: narrator # dramatized # ending: home-front-first
-> END

=== ending_audience_not_table ===
~ stage = "ending"
The phone lines light up: many viewers say your case persuaded them. At the table, you did not earn the same hearing. # speaker: narrator # dramatized
You won the room, but not the people you argued with. # speaker: moderator # dramatized
The cost: a room won without the table can harden both sides. Viewers feel ignored; the guests feel pushed. # speaker: narrator # dramatized
The open question: in a debate like this, which matters more, persuading the public or persuading the people at the table? # speaker: narrator # dramatized # ending: audience-not-table
-> END

=== ending_opponents_carry_the_room ===
~ stage = "ending"
A show of hands from the studio: most of the room is not persuaded that talks would serve the country. # speaker: moderator # dramatized
Too many of the guests' claims were left standing tonight. That is how a room is lost: less by attacks than by answers that miss. # speaker: narrator # dramatized
This verdict is about tonight's arguments, not the question itself. Other answers, on another night, could move the room the other way. # speaker: narrator # dramatized
The open question: which claim did you find hardest to answer, and what would have met it? # speaker: narrator # dramatized # ending: opponents-carry-the-room
-> END

=== ending_deadlock ===
~ stage = "ending"
We are out of time, and neither side has carried this room. # speaker: moderator # dramatized
Each side heard the other's case more clearly than before, and each leaves with the arguments it brought. # speaker: narrator # dramatized
The open question: when neither side can persuade the other, what should decide the matter? # speaker: narrator # dramatized # ending: deadlock
-> END

=== ending_walkout ===
~ stage = "ending"
One by one, the guests rise. A murmur, then the scrape of chairs. # speaker: narrator # dramatized # sfx: murmur
The round table ends early tonight. Attacks and answers that missed cost you the table before you could make your case. # speaker: moderator # dramatized
The open question: can a case be lost by the way it is made, whatever its merits? # speaker: narrator # dramatized # ending: walkout
-> END
