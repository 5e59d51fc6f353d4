// THE CLOSING. The player sums up with one of three syntheses; the moderator says whether it fits
// what the debate built (closing_grade in rules.ink), and outcome() in rules.ink picks the ending.
// The moderator judges the fit of the closing to the evening, never the policy it proposes.

=== closing_statement ===
~ stage = "closing"
~ temp g = "weak"
We are out of time. The last word is yours: what should Iran do, and why should this room believe you? # speaker: moderator # dramatized
+ [Talks, with guarantees # move: closing]
    ~ closing = "guarantees"
    I am not asking anyone to trust Washington blindly. Even amid distrust, agreements can be forged with executive guarantees and registration in international organizations. Trust should not be expected to be absolute; it should be cultivated through negotiations, guarantees and executive mechanisms. # speaker: player # dramatized: I am not asking anyone to trust Washington blindly. # source: m09, m10
+ [Talk, but only for what is ours # move: closing]
    ~ closing = "our-terms"
    Mr. Taeb warned against a dichotomy, and I agree. If negotiations take place, we should get what is rightfully ours, with self-confidence and a strong belief in our objectives. # speaker: player # dramatized: Mr. Taeb warned against a dichotomy, and I agree. # source: taeb, m07
+ [Strength at home first # move: closing]
    ~ closing = "home-front"
    Several guests said talks solve nothing, and talks alone do not. It is crucial to concentrate on our internal issues: eliminate corruption, make room for young people with fresh ideas. Then the country can better withstand external pressures. # speaker: player # dramatized: Several guests said talks solve nothing, and talks alone do not. # source: m02, m03
- ~ g = closing_grade(closing)
{ closing:
- "guarantees":
    { g == "strong":
        You built this guest by guest: the room is with you, and the table takes you seriously. That is a mandate to argue from. # speaker: moderator # dramatized # grade: {g} # why: A closing lands when it sums up what the debate already built: the room and the table (m09, m10)
    - else:
        A clear case. But {audience < ROOM_WON:the room has not come with you|the table has not given you the standing}, and a mandate needs both. # speaker: moderator # dramatized # grade: {g} # why: A mandate for talks has to be built before it is claimed, with the room and with the table (m09, m10)
    }
- "our-terms":
    { g == "strong":
        You found real common ground with Mr. Taeb, and kept your standing while you did. That synthesis is yours to claim. # speaker: moderator # dramatized # grade: {g} # why: A synthesis holds when the common ground was really found at the table (taeb, m07)
    - else:
        {common_ground:You found common ground with Mr. Taeb, but your standing at this table is too low to carry it|You never found common ground with Mr. Taeb, so his condition is borrowed, not built}. # speaker: moderator # dramatized # grade: {g} # why: A synthesis needs common ground actually found, and the standing to carry it (taeb)
    }
- else:
    { g == "strong":
        You granted what was true all evening. So when you say the work starts at home, the table hears it as honest, not as a dodge. # speaker: moderator # dramatized # grade: {g} # why: Standing earned by honest concessions makes "fix things at home" persuasive, not a change of subject (m02, m03)
    - else:
        You have not earned the standing for that tonight. From you, "fix things at home first" sounds like changing the subject. # speaker: moderator # dramatized # grade: {g} # why: "Fix things at home" persuades only from someone who has earned standing at the table (m02, m03)
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
