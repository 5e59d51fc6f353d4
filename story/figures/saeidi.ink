// MOHAMMAD SAEIDI, Qom's Friday Prayer Leader. Article: f-saeidi ("Negotiation means captivity").
// Rhetorical move: false equivalence (sitting down to talk is treated as surrendering).
// True kernel: no one should negotiate a surrender (his own line; no one at this table proposes one).
// On offer, and why (grades in rules.ink, card_grade):
//   talk-is-not-accept, confidence: strong, two ways to separate talking from surrender; both land
//     again later (Hosseini Hamedani, Shariatmadari), so which to keep is the choice;
//   guarantees, know-the-concepts: partial;
//   cost-of-war: weak, and tempting ("they fear war more than we do"): it answers another question.
// No card can be worn here: nothing before him is strong with these cards.

=== saeidi_exchange ===
~ temp who = "saeidi"
~ take_floor(who)
~ temp engaged = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
Our next guest leads Friday prayers in Qom. Mohammad Saeidi, the floor is yours. # speaker: moderator # dramatized # sfx: gavel
Those who are enthusiastic about negotiating with the US should know that the people and the Islamic Republic of Iran will never surrender to the US again. # speaker: saeidi # source: f-saeidi

- (menu)
+ {not engaged} [Ask where talking ends and surrender begins # move: press]
    ~ engaged = true
    Where does talking end and surrender begin? At the table itself, or in what gets signed? # speaker: player # dramatized
    I have said what they should know: the people and the Islamic Republic will never surrender to the US again. # speaker: saeidi # dramatized: I have said what they should know: # source: f-saeidi
    He answers with the line itself. Said to those who want talks, it rests on one step: that negotiating is surrendering. # speaker: moderator # dramatized
    -> menu
+ {not engaged} [Agree that no one should negotiate a surrender # move: concede]
    ~ engaged = true
    ~ conceded = true
    ~ g = concession_grade(who)
    On that we agree: no one should negotiate a surrender. I would not argue for one either. # speaker: player # dramatized
    Then we agree on the line. The question is whether the table stays on this side of it. # speaker: saeidi # dramatized # grade: {g} # why: Granting the line everyone shares, no surrender, earns the standing to separate talks from surrender (f-saeidi)
    ~ settle_concession(who)
    His point has been heard. Saeidi turns to listen. # speaker: narrator # dramatized # stance: saeidi=wary
    -> menu
+ [Say a surrender comes without guarantees # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = grade_of(who, played)
    A surrender has no guarantees. Even when parties lack trust, agreements can be forged that are acceptable to both sides. # speaker: player # dramatized: A surrender has no guarantees. # source: m09
    A surrender can be signed and registered too. My concern is what is on the paper. # speaker: saeidi # dramatized # grade: {g} # why: An agreement acceptable to both sides is no surrender, but guarantees secure a deal, not its terms (m09)
+ [Say talking is not surrendering # move: rebut # card: talk-is-not-accept]
    ~ played = "talk-is-not-accept"
    ~ g = grade_of(who, played)
    Talking and surrendering are different acts. Negotiation does not imply acceptance of the other party; it explores the issue and looks for suitable solutions. # speaker: player # dramatized: Talking and surrendering are different acts. # source: m05
    Then show me a table where our side can still say no. # speaker: saeidi # dramatized # grade: {g} # why: He treats talking as surrendering; negotiation explores and clarifies, it does not imply acceptance of the other party (m05)
+ [Say captives are the weak: walk in strong # move: rebut # card: confidence]
    ~ played = "confidence"
    ~ g = grade_of(who, played)
    Captivity is for those who sit down as the weaker side. A negotiator should view himself as powerful, and act rationally and wisely. # speaker: player # dramatized: Captivity is for those who sit down as the weaker side. # source: m07
    And who would sit there for us? That is what I would want to know. # speaker: saeidi # dramatized # grade: {g} # why: Surrender is the posture of a side that sees itself as weak; a negotiator who views himself as powerful is no captive (m07)
+ [Say they fear war more than we do # move: rebut # card: cost-of-war]
    ~ played = "cost-of-war"
    ~ g = grade_of(who, played)
    If the US turns to negotiation to avoid war, Iran should take advantage of it: negotiation is less costly for the US than war. # speaker: player # source: m14
    Their fear of war does not make a bad agreement good. I spoke of surrender, not of their fears. # speaker: saeidi # dramatized # grade: {g} # why: The other side's need for talks does not show that talks are not surrender (m14)
+ [Say he has the concepts mixed up # move: rebut # card: know-the-concepts]
    ~ played = "know-the-concepts"
    ~ g = grade_of(who, played)
    Talking and giving in are different things. The concept of negotiation must be properly understood; if its essence is not grasped, desired outcomes cannot be achieved. # speaker: player # dramatized: Talking and giving in are different things. # source: m06
    I understand the word well enough. Tell me what keeps a negotiation from becoming a surrender. # speaker: saeidi # dramatized # grade: {g} # why: His claim rests on a misread concept, and this names the confusion without showing where the line runs (m06)
+ [Say his firmness costs him nothing # move: attack]
    ~ g = "backfire"
    It is easy to promise "never" from a pulpit. You will not be the one sitting at the table. # speaker: player # dramatized
    Where I stand does not make my point right or wrong. You have talked about my pulpit, not my argument. # speaker: saeidi # dramatized # grade: {g} # why: Pointing at where a speaker stands says nothing about his claim, and it costs the attacker the room (f-saeidi)

- (verdict)
~ temp after = settle(who, played, g, engaged, conceded)
-> room_verdict(who, g, after, engaged) ->
~ leave_floor(who)
->->
