// THE CLOSING. The player sums up with one of three syntheses; the moderator says whether it fits
// what the debate built (closing_grade in rules.ink), and the decision logic below picks the ending.
// Keep that logic as it is: closing_fits in rules.ink is the single rule for both.

=== closing_statement ===
~ stage = "closing"
~ temp g = "weak"
We are almost out of time. You have heard every voice at this table and answered them. The last word is yours: what should Iran do, and why should this room believe you? # speaker: moderator # dramatized
+ [Talks, with guarantees # move: closing]
    ~ closing = "guarantees"
    No one here has asked you to trust Washington. I am asking for talks that do not need trust. Every step is written down. Every promise has an executive guarantee, and the agreement is registered with international bodies. Registration is there to hold both sides to their commitments. Trust is not where we start; it is built step by step, or not at all. # speaker: player # source: m09, m10, m17
+ [Talk on our terms # move: closing]
    ~ closing = "our-terms"
    Mr. Taeb warned us not to split this into an either-or, and I agree. We talk, but only to get what is rightfully ours, and we say plainly what that is. We go in knowing what we want, confident and clear. And we sign nothing that is not written down and guaranteed. # speaker: player # source: taeb, m07, m09
+ [Strength starts at home, then talk from strength # move: closing]
    ~ closing = "home-front"
    Several guests were right that talks alone solve nothing. The hard work is at home: end corruption, make room for young people with fresh ideas, and use our resources well. A country that does that can withstand pressure. Then, when we talk, we talk from strength, not from need. # speaker: player # source: m02, m03, m05
- ~ g = closing_grade(closing)
{ closing:
- "guarantees":
    { g == "strong":
        You built this guest by guest. The room is with you, and so is most of this table. That sounds like a mandate. # speaker: moderator # dramatized # grade: {g} # why: A closing lands when it sums up what the debate already built: the room and most of the table (m09, m17)
    - else:
        A clear case. But {audience < 70:the room has not come with you yet|most of this table has not come with you}, and a mandate needs both. # speaker: moderator # dramatized # grade: {g} # why: A mandate for talks has to be built before it is claimed, with the room and with the table (m09, m17)
    }
- "our-terms":
    { g == "strong":
        You found real common ground with Mr. Taeb, and you kept your standing while you did it. That synthesis is yours to claim. # speaker: moderator # dramatized # grade: {g} # why: A synthesis holds when the common ground was really found at the table (taeb, m09)
    - else:
        {common_ground:You found common ground with Mr. Taeb, but your standing at this table is too low to carry it|You never found common ground with Mr. Taeb, so his synthesis is borrowed, not built}. # speaker: moderator # dramatized # grade: {g} # why: A synthesis needs common ground actually found, and the standing to carry it (taeb)
    }
- else:
    { g == "strong":
        You granted what was true all evening. So when you say the work starts at home, the table hears it as honest, not as a dodge. # speaker: moderator # dramatized # grade: {g} # why: Standing earned by honest concessions makes "fix things at home" persuasive, not a change of subject (m02, m03)
    - else:
        You have not earned the standing for that tonight. From you, "fix things at home first" sounds like changing the subject. # speaker: moderator # dramatized # grade: {g} # why: "Fix things at home" persuades only from someone who has earned standing at the table (m02, m03)
    }
}
{
- closing_fits(closing) and closing == "guarantees": -> ending_talks_with_guarantees
- closing_fits(closing) and closing == "our-terms": -> ending_talks_on_our_terms
- closing_fits(closing) and closing == "home-front": -> ending_home_front_first
// A closing that does not fit still leaves the room where the debate put it: a won room and a won
// table agree to talk anyway, on the most common ground (written guarantees).
- audience >= 70 and opened >= majority(): -> ending_talks_with_guarantees
- audience >= 70: -> ending_audience_not_table
- else: -> ending_deadlock
}
