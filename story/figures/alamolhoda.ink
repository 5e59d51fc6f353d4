// AHMAD ALAMOLHODA, Mashhad's Friday Prayer Leader. Article: f-alamolhoda ("Increased pressure in
// case of negotiation").
// Rhetorical move: slippery slope (come to the table, and the pressure that brought you there only
// grows). As a conditional ("if the pressure works, it will grow") it is sound; the slope is in
// assuming that talking means the pressure worked.
// True kernel: talks alone do not solve the country's problems (the expert says so too, m05).
// On offer, and why (grades in rules.ink, card_grade):
//   home-front: strong, it meets the pressure itself (m02);
//   guarantees, talk-is-not-accept, confidence: partial, each leaves the pressure outside the table;
//   take-the-wheel: weak, and tempting ("then show us your plan"): a tu quoque.
// No card can be worn here: nothing before him (Sediqi) is strong with these cards.

=== alamolhoda_exchange ===
~ temp who = "alamolhoda"
~ take_floor(who)
~ temp engaged = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
Our next guest leads Friday prayers in Mashhad. Ahmad Alamolhoda, the floor is yours. # speaker: moderator # dramatized # sfx: gavel
The country's problems cannot be solved through negotiation. Negotiating with the enemy is a mistake, and if the enemy's pressures are effective, they will continue and increase. # speaker: alamolhoda # source: f-alamolhoda

- (menu)
+ {not engaged} [Ask why talking would reward pressure # move: press]
    ~ engaged = true
    Why would sitting down, rather than giving in, show that their pressure works? # speaker: player # dramatized
    My point stands as I made it: if the enemy's pressures are effective, they will continue and increase. # speaker: alamolhoda # dramatized: My point stands as I made it: # source: f-alamolhoda
    So the claim rests on one step: coming to the table would prove the pressure worked. An answer can meet that step, or the pressure itself. # speaker: moderator # dramatized
    -> menu
+ {not engaged} [Grant that talks alone will not fix our problems # move: concede]
    ~ engaged = true
    ~ conceded = true
    ~ g = concession_grade(who)
    You are right on one thing, and the expert says it too: the issues at hand cannot be resolved solely through negotiation. # speaker: player # dramatized: You are right on one thing, and the expert says it too: # source: m05
    "Not solely", you say. I say not at all. But we agree it is no cure. # speaker: alamolhoda # dramatized # grade: {g} # why: Granting a true point, that talks alone solve nothing, earns the standing to answer the rest (m05)
    ~ settle_concession(who)
    His point has been heard. Alamolhoda turns to listen. # speaker: narrator # dramatized # stance: alamolhoda=wary
    -> menu
+ [Make both sides' commitments count # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = grade_of(who, played)
    Pressure pays only if we give without receiving. Agreements documented in international organizations are there to ensure compliance with commitments. # speaker: player # dramatized: Pressure pays only if we give without receiving. # source: m17
    A paper binds what it says. It does not stop tomorrow's new demand. # speaker: alamolhoda # dramatized # grade: {g} # why: Guarantees bind what is signed, not the next demand, and pressure can return with it (m09, m17)
+ [Say that talking is not giving in # move: rebut # card: talk-is-not-accept]
    ~ played = "talk-is-not-accept"
    ~ g = grade_of(who, played)
    Sitting down is not giving in. Negotiation does not imply acceptance of the other party. # speaker: player # dramatized: Sitting down is not giving in. # source: m05
    Call it what you like. Coming to the table under pressure tells them the pressure worked. # speaker: alamolhoda # dramatized # grade: {g} # why: Talking is not accepting, but talking under pressure may still signal that pressure works (m05)
+ [Take the lever away: fix things at home # move: rebut # card: home-front]
    ~ played = "home-front"
    ~ g = grade_of(who, played)
    Then take the lever out of their hands. If our internal challenges are addressed, the country can better withstand external pressures. # speaker: player # dramatized: Then take the lever out of their hands. # source: m02
    Then the answer is not at the table. What the table would add, you have not shown. # speaker: alamolhoda # dramatized # grade: {g} # why: Pressure works on weakness at home; addressing it answers the fear of pressure at its root (m02, m03)
+ [Come to the table strong, not afraid # move: rebut # card: confidence]
    ~ played = "confidence"
    ~ g = grade_of(who, played)
    Pressure pays off against a side that comes afraid. Even amid distrust, negotiation can be an effective tool, provided it comes with self-confidence and appropriate executive mechanisms. # speaker: player # dramatized: Pressure pays off against a side that comes afraid. # source: m04
    Confidence at the table does not stop their pressure outside it. # speaker: alamolhoda # dramatized # grade: {g} # why: A confident negotiator rewards no pressure at the table, but the pressure outside it goes on (m04, m07)
+ [Ask him for his own plan # move: rebut # card: take-the-wheel]
    ~ played = "take-the-wheel"
    ~ g = grade_of(who, played)
    If talks cannot solve our problems, what will? If you have a plan to resolve them, why not accept direct executive action? # speaker: player # dramatized: If talks cannot solve our problems, what will? # source: m01
    Whether I hold office does not change whether pressure grows when it works. # speaker: alamolhoda # dramatized # grade: {g} # why: Asking a critic to take office himself does not test his claim: a tu quoque (m01)
+ [Ask if he sees a plot everywhere # move: attack]
    ~ g = "backfire"
    Every talk a trap, every hand a lever. Do you see a plot in everything? # speaker: player # dramatized
    Mock the warning if you like. You still have not said why the pressure would stop. # speaker: alamolhoda # dramatized # grade: {g} # why: Mocking the speaker leaves his claim standing and costs the attacker the room (f-alamolhoda)

- (verdict)
~ temp after = settle(who, played, g, engaged, conceded)
-> room_verdict(who, g, after, engaged) ->
~ leave_floor(who)
->->
