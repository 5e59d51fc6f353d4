// HOSSEIN TAEB, adviser to the IRGC Commander-in-Chief, former head of IRGC Intelligence.
// Article: taeb ("Let's not create a dichotomy"). Not one of the six: a conditional middle position.
// Rhetorical move: he refuses an either-or between compromise and negotiation, and sets a condition
// (get what is rightfully ours). What "ours" means, his remarks as reported do not say, so no line
// here lists it for him.
// True kernel: the other side will try to impose its goals at the table (his own line).
// On offer, and why (grades in rules.ink, card_grade and argue_grade):
//   guarantees: strong, common ground: it is how a conditional yes secures its condition;
//   confidence: partial, common ground halfway;
//   "there is no middle" (# move: argue, the player's own): weak, a straw man, and tempting.
// Wear runs between the six opponents only (rules.ink, grade_of): his exchange grades each card as
// card_grade has it, whatever landed before.

=== taeb_exchange ===
~ temp who = "taeb"
~ temp engaged = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
The guests so far have spoken against talks. Hossein Taeb, a former head of IRGC intelligence who now advises its commander-in-chief, sets a condition instead. Mr. Taeb. # speaker: moderator # dramatized # sfx: gavel
We must be careful not to move towards a dichotomy of compromise and negotiation, because the US intends to impose its beliefs and goals on us in the negotiations. But if negotiations are to take place, we should get what is rightfully ours. # speaker: taeb # source: taeb

- (menu)
+ {not engaged} [Ask what "rightfully ours" would be # move: press]
    ~ engaged = true
    What would count as rightfully ours? What would we have to bring home? # speaker: player # dramatized
    What I said stands: if negotiations are to take place, we should get what is rightfully ours. # speaker: taeb # dramatized: What I said stands: # source: taeb
    His remarks, as reported, do not list it. That is the open part of his condition: whoever negotiates would have to fill it in. # speaker: moderator # dramatized
    -> menu
+ {not engaged} [Grant that the other side will push its own goals # move: concede]
    ~ engaged = true
    ~ conceded = true
    ~ g = concession_grade(who)
    You are right that the other side will try to impose its goals at the table. Expecting otherwise would be naive. # speaker: player # dramatized
    Then we agree on the first half. # speaker: taeb # dramatized # grade: {g} # why: Granting a true warning, that each side pushes its own goals at the table, earns standing (taeb)
    ~ settle_concession(who)
    -> menu
+ [Say guarantees are how we secure what's ours # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = card_grade(who, played)
    ~ common_ground = true
    Then there is no either-or between us. With agreements, executive guarantees and official registration, an agreement acceptable to both sides can be forged even when the parties lack trust. # speaker: player # dramatized: Then there is no either-or between us. # source: m09
    Written, guaranteed, registered. Then the question is what goes on the paper. # speaker: taeb # dramatized # grade: {g} # why: Common ground: enforceable agreements are how a conditional yes secures "what is rightfully ours" (taeb, m09)
+ [Say we go in knowing what we want # move: rebut # card: confidence]
    ~ played = "confidence"
    ~ g = card_grade(who, played)
    ~ common_ground = true
    Then there is no either-or between us. Successful negotiation requires self-confidence and a strong belief in one's objectives. # speaker: player # dramatized: Then there is no either-or between us. # source: m07
    Knowing what we want is the start. It does not say how we make sure we get it. # speaker: taeb # dramatized # grade: {g} # why: A strong belief in one's objectives meets his condition halfway; it does not say how it is secured (taeb, m07)
+ [Say there is no middle: talks are just talks # move: argue]
    ~ played = ""
    ~ g = argue_grade(who)
    There is no middle ground here. Talks are only talks, so why set conditions before we even sit down? # speaker: player # dramatized
    You misread me. I did not say no to talks. I said what we bring home matters. # speaker: taeb # dramatized # grade: {g} # why: A straw man: he sets a condition for talks, he does not reject them, and the answer ignores the condition (taeb)
+ [Question a spy chief's advice on diplomacy # move: attack]
    ~ g = "backfire"
    A former intelligence chief advising on diplomacy? Suspicion is your trade, not negotiation. # speaker: player # dramatized
    You judge my career, not my argument. And my argument left room for talks. # speaker: taeb # dramatized # grade: {g} # why: Attacking a career leaves the argument untouched, and this argument had left room for talks (taeb)

- (verdict)
~ temp after = settle(who, played, g, engaged, conceded)
-> room_verdict(who, g, after, engaged) ->
~ leave_floor(who)
->->
