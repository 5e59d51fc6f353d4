// MOHAMMAD BAQER LAEINI, Sari's Friday Prayer Leader. Article: f-laeini ("Futility of negotiation").
// Rhetorical move: name-calling ("the Great Satan") standing in for an argument, plus the claim that
// negotiation is a tool enemies use to stall. His paragraph says nothing of broken promises, so no
// line here lends him that premise.
// True kernel: talks can be used to stall (his own line; the expert, m15, also wants no time lost).
// On offer, and why (grades in rules.ink, card_grade):
//   relative-trust: strong against the name; cost-of-war: strong against "a tool to stall us";
//   guarantees, confidence: partial;
//   talk-is-not-accept: weak, and tempting ("talking is not blessing the devil"): a straw man.
// Relative-trust can be worn here: it may have landed on Sediqi, who speaks first.

=== laeini_exchange ===
~ temp who = "laeini"
~ take_floor(who)
~ temp engaged = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
Our next guest leads Friday prayers in Sari. Mohammad Baqer Laeini, the floor is yours. # speaker: moderator # dramatized # sfx: gavel
Negotiating with the US is meaningless, because the US is the "Great Satan", and negotiating with the devil yields no results. Negotiation is a tool that enemies use to stall us, and it is futile. # speaker: laeini # source: f-laeini

- (menu)
+ {not engaged} [Ask what the name tells us about a deal # move: press]
    ~ engaged = true
    What does calling the US the "Great Satan" tell us about any particular deal? # speaker: player # dramatized
    It tells you what I said: negotiation is a tool that enemies use to stall us, and it is futile. # speaker: laeini # dramatized: It tells you what I said: # source: f-laeini
    So under the name are two claims: that nothing can come from this party, and that talks are its tool for stalling. An answer can meet either one. # speaker: moderator # dramatized
    -> menu
+ {not engaged} [Grant that talks can be used to stall # move: concede]
    ~ engaged = true
    ~ conceded = true
    ~ g = concession_grade(who)
    You are right that talks can be used to stall. There is little time left for reflection; a practical path should be determined promptly. # speaker: player # dramatized: You are right that talks can be used to stall. # source: m15
    Then you see the danger. Time is what they gain. # speaker: laeini # dramatized # grade: {g} # why: Granting a true point, that talks can be used to stall, earns the standing to answer the rest (f-laeini, m15)
    ~ settle_concession(who)
    His point has been heard. Laeini turns to listen. # speaker: narrator # dramatized # stance: laeini=wary
    -> menu
+ [Say results need not wait for trust # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = grade_of(who, played)
    Results need not wait for trust. Even when parties lack trust, agreements can be forged that are acceptable to both sides. # speaker: player # dramatized: Results need not wait for trust. # source: m09
    Agreements can be forged, you say. Meanwhile the talking goes on, and so does the stalling. # speaker: laeini # dramatized # grade: {g} # why: Agreements can be forged even without trust, which meets "no results", but not the charge that talks are used to stall (m09)
+ [Judge by degrees, not by a name # move: rebut # card: relative-trust]
    ~ played = "relative-trust"
    ~ g = grade_of(who, played)
    A name puts the US beyond comparison. But no country can be entirely trustworthy: trust is relative, and it should be cultivated through negotiations and guarantees. # speaker: player # dramatized: A name puts the US beyond comparison. # source: m10, m16
    { g == "strong":
        Degrees, then. By any degree, the US stands where I put it. # speaker: laeini # dramatized # grade: {g} # why: A name is not an argument: judged by the same test as every state, trust is a matter of degree, built through negotiation (m10, m16)
    - else:
        You said as much to Mr. Sediqi, and the room heard it then. It is no newer now. # speaker: laeini # dramatized # grade: {g} # why: A point that already carried the room loses force when repeated (m16)
    }
+ [Say talking is not blessing the devil # move: rebut # card: talk-is-not-accept]
    ~ played = "talk-is-not-accept"
    ~ g = grade_of(who, played)
    Sitting with someone does not bless him. Negotiation does not imply acceptance of the other party. # speaker: player # dramatized: Sitting with someone does not bless him. # source: m05
    I never said talking blessed them. I said it yields nothing. # speaker: laeini # dramatized # grade: {g} # why: He called talks futile, not approval: this answers a claim he did not make (m05)
+ [Say stalling only works on those who wait # move: rebut # card: confidence]
    ~ played = "confidence"
    ~ g = grade_of(who, played)
    Stalling works only on a side that waits. A negotiator should act rationally and wisely to accurately predict where talks are heading, and use that to improve his position. # speaker: player # dramatized: Stalling works only on a side that waits. # source: m07
    Our side may be sharp. Their intent stays the same. # speaker: laeini # dramatized # grade: {g} # why: A negotiator who reads where talks go is harder to stall, but the other side's intent stands (m07)
+ [Say their tool can be ours too # move: rebut # card: cost-of-war]
    ~ played = "cost-of-war"
    ~ g = grade_of(who, played)
    You say talks are their tool. If the US turns to negotiation to avoid war, Iran should take advantage of it: negotiation is less costly for the US than war. # speaker: player # dramatized: You say talks are their tool. # source: m14
    They choose when to talk and when to stall. Show me where we would have that choice. # speaker: laeini # dramatized # grade: {g} # why: If the other side talks to avoid war, talks are a tool for Iran too, not only one used against it (m11, m14)
+ [Mock the slogan # move: attack]
    ~ g = "backfire"
    "Great Satan"? That is a slogan from another era. Do you have an argument from this one? # speaker: player # dramatized
    You mock a name and offer no reason of your own. You still have not shown that talks bring results. # speaker: laeini # dramatized # grade: {g} # why: Mocking a slogan is not answering the claim behind it, and it costs the attacker the room (f-laeini)

- (verdict)
~ temp after = settle(who, played, g, engaged, conceded)
-> room_verdict(who, g, after, engaged) ->
~ leave_floor(who)
->->
