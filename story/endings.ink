// THE ENDINGS. Each says what the room agreed to, what it cost, and leaves a fair open question.
// No ending is "you won, they were stupid", and none mocks anyone. The conditions are in rules.ink
// (closing_fits, walked_out) and in the decision at the end of closing.ink.

=== ending_talks_with_guarantees ===
~ stage = "ending"
Before we close, a show of hands from the studio. # speaker: moderator # dramatized
Most of the room, and most of the table, back one thing: talks, but only with written agreements, executive guarantees and international registration at every step. # speaker: narrator
It has a cost. Those still unconvinced warn that signed papers have been torn up before. And guarantees take months to draft, while sanctions go on biting. # speaker: narrator
The open question: who enforces a guarantee when the stronger side decides to walk away? # speaker: narrator # ending: talks-with-guarantees
-> END

=== ending_talks_on_our_terms ===
~ stage = "ending"
The studio settles on Mr. Taeb's middle ground: no either-or. Talk, but only to get what is rightfully ours. # speaker: narrator
A condition, not a blank check. It is more than this table has agreed on in a long time. # speaker: moderator # dramatized
The cost: "what is ours" is still not defined. Each guest heard his own list in it, and those lists will be argued over long before any talks begin. # speaker: narrator
The open question: who decides what counts as rightfully ours, and what happens when the other side's list is different? # speaker: narrator # ending: talks-on-our-terms
-> END

=== ending_home_front_first ===
~ stage = "ending"
The room agrees on something everyone at the table can sign: end corruption, make room for the young, and build strength at home first. # speaker: narrator
Talks with the US are not ruled out. They are put off. # speaker: narrator
A rare agreement. But reforms take years, and pressure from abroad does not wait for them. # speaker: moderator # dramatized
The open question: can a country grow strong at home while pressure keeps rising, or does it need to talk and reform at the same time? # speaker: narrator # ending: home-front-first
-> END

=== ending_audience_not_table ===
~ stage = "ending"
The phone lines light up: many viewers say you changed their minds. Around the table, most guests have not moved. # speaker: narrator
You won the room, but not the people who would have to make talks happen. # speaker: moderator # dramatized
That has a cost. Public support without the decision-makers can harden both sides: viewers feel ignored, and guests feel pushed. # speaker: narrator
The open question: in a debate like this, which matters more, persuading the public or persuading the people at the table? # speaker: narrator # ending: audience-not-table
-> END

=== ending_deadlock ===
~ stage = "ending"
We are out of time, and this table has not reached an agreement. # speaker: moderator # dramatized
The guests shake hands politely. Each side heard the other more clearly than before, and each leaves with the arguments it brought. Nothing was agreed. # speaker: narrator
The cost is time. The problems everyone named tonight, at home and in the region, stay on hold for another day. # speaker: narrator
The open question: when neither side can persuade the other, what should decide the matter? # speaker: narrator # ending: deadlock
-> END

=== ending_walkout ===
~ stage = "ending"
One by one, the guests rise. A murmur, then the scrape of chairs. # speaker: narrator # sfx: murmur
Our guests have heard enough. The round table ends early tonight, and nothing was agreed. # speaker: moderator # dramatized
The case for talks did not lose on its merits. It lost because its advocate attacked people, answered beside the point, or granted points that were not true. # speaker: narrator
That is the cost: the arguments about guarantees and trust go unheard, and the next person to make them will start further back. # speaker: narrator
The open question: can an argument be right and still be lost by the way it is made? # speaker: narrator # ending: walkout
-> END
