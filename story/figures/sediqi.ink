// KAZEM SEDIQI, Tehran's Friday Prayer Leader. Article: f-sediqi ("The US demands ransom").
// Rhetorical move: assertion without evidence, carried by a loaded word ("ransom").
// The step the claim rests on: the US cannot be relied on, and takes without giving back.
// True kernel: the US has broken agreements before (the expert grants it, m08).
// On offer, and why (grades in rules.ink, card_grade):
//   guarantees, relative-trust: strong, two ways to meet the same step; on the full table
//     relative-trust lands strongly again on Laeini, so which to spend here is the choice;
//   talk-is-not-accept, confidence: partial, relevant but the credentials charge stands;
//   home-front: weak, and tempting ("only the weak pay ransom"): it changes the subject.
// Sediqi speaks first in both presets, so no card can be worn yet in this exchange.

=== sediqi_exchange ===
~ temp who = "sediqi"
~ take_floor(who)
~ temp engaged = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
Our first guest leads Friday prayers in Tehran. Kazem Sediqi, the floor is yours. # speaker: moderator # dramatized # sfx: gavel
The United States has lost its negotiating credentials. Instead, it demands ransom. # speaker: sediqi # source: f-sediqi

- (menu)
+ {not engaged} [Ask what "ransom" means here # move: press]
    ~ engaged = true
    Ransom for what, exactly? What would we pay, and what would we get back? # speaker: player # dramatized
    I said it plainly: the US has lost its negotiating credentials, and it demands ransom. # speaker: sediqi # dramatized: I said it plainly: # source: f-sediqi
    So the claim rests on one step: whatever Iran gives, the US takes without giving back. An answer has to meet that step. # speaker: moderator # dramatized
    -> menu
+ {not engaged} [Grant that the US has broken agreements before # move: concede]
    ~ engaged = true
    ~ conceded = true
    ~ g = concession_grade(who)
    You have a point. The concern stems from past instances of the US violating agreements. # speaker: player # dramatized: You have a point. # source: m08
    Then we start from the same record. What follows from it is where we differ. # speaker: sediqi # dramatized # grade: {g} # why: Granting a true point, that the US has broken agreements, earns the standing to answer the rest (m08)
    ~ settle_concession(who)
    His point has been heard. Sediqi turns to listen. # speaker: narrator # dramatized # stance: sediqi=wary
    -> menu
+ [Answer distrust with binding agreements # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = grade_of(who, played)
    Then let's not rely on trust at all. Negotiation amid distrust typically runs through agreements, memorandums of understanding, executive guarantees and registration in international organizations. # speaker: player # dramatized: Then let's not rely on trust at all. # source: m09
    Signatures on paper. And who makes them honor it? # speaker: sediqi # dramatized # grade: {g} # why: His claim is that the other side cannot be relied on; talks amid distrust run on agreements and guarantees, not on trust (m08, m09)
+ [Apply his test to every state # move: rebut # card: relative-trust]
    ~ played = "relative-trust"
    ~ g = grade_of(who, played)
    If lost credentials rule out talks, what about Russia, China, Britain or Saudi Arabia? No country can be entirely trustworthy; trust is a relative concept. # speaker: player # dramatized: If lost credentials rule out talks, # source: m16
    Those states are not on the table tonight. The United States is. # speaker: sediqi # dramatized # grade: {g} # why: "Lost credentials" would rule out every state: trust is relative, and it is built, not assumed (m10, m16)
+ [Say that talking is not paying # move: rebut # card: talk-is-not-accept]
    ~ played = "talk-is-not-accept"
    ~ g = grade_of(who, played)
    Sitting down is not paying anything. Negotiation does not imply acceptance of the other party; it clarifies the issues. # speaker: player # dramatized: Sitting down is not paying anything. # source: m05
    I did not say talking was paying. I said what they demand is ransom. # speaker: sediqi # dramatized # grade: {g} # why: Talking is not paying, but his charge that the other side has lost its credentials stands (m05)
+ [Say a strong country pays no ransom # move: rebut # card: home-front]
    ~ played = "home-front"
    ~ g = grade_of(who, played)
    Then let's be strong enough that no one can demand anything of us: eliminate corruption, and let young people with fresh ideas in. # speaker: player # dramatized: Then let's be strong enough that no one can demand anything of us: # source: m03
    Reform at home is a fine sermon. It says nothing about whether Washington can be dealt with. # speaker: sediqi # dramatized # grade: {g} # why: Reform at home is a real priority, but it changes the subject from the other side's record (m02, m03)
+ [Say only the weak pay ransom # move: rebut # card: confidence]
    ~ played = "confidence"
    ~ g = grade_of(who, played)
    Ransom is paid by the weak. A negotiator should view himself as powerful, and act rationally and wisely. # speaker: player # dramatized: Ransom is paid by the weak. # source: m07
    Confidence on our side does not make them keep their word. # speaker: sediqi # dramatized # grade: {g} # why: Confidence answers a fear of weakness, not the charge that the other side does not keep its word (m07)
+ [Tell him to leave diplomacy to diplomats # move: attack]
    ~ g = "backfire"
    You lead prayers, not negotiations. Leave treaties to people who understand them. # speaker: player # dramatized
    You have told the audience who I am. They knew that. You have not answered what I said. # speaker: sediqi # dramatized # grade: {g} # why: An attack on the speaker's role leaves his claim untouched and costs the attacker the room (f-sediqi)

- (verdict)
~ temp after = settle(who, played, g, engaged, conceded)
-> room_verdict(who, g, after, engaged) ->
~ leave_floor(who)
->->
