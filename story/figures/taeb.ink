// HOSSEIN TAEB, adviser to the IRGC Commander-in-Chief, former head of IRGC Intelligence.
// Article: taeb ("Let's not create a dichotomy"). Not one of the six: a conditional middle position.
// Rhetorical move: he refuses an either-or between compromise and negotiation, and sets a condition
// (get what is rightfully ours). True kernel: each side will try to impose its goals (rules.ink).
// The grades here are written in this file, not in the grading table: the question is whether the
// player finds the common ground he offers. Guarantees find it (strong), confidence half finds it
// (partial), "talks are just talks" knocks down a position he does not hold (weak).
// No card is remembered as worn (settle with ""), and he does not count towards `opened`.

=== taeb_exchange ===
~ temp who = "taeb"
~ temp pressed = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
~ temp now = "wary"
The guests so far have said no to talks. Our next guest led IRGC intelligence for years and now advises its commander-in-chief. Mr. Taeb, your view is more careful. The floor is yours. # speaker: moderator # dramatized # sfx: gavel
We must be careful not to move towards a dichotomy of compromise and negotiation, because the US intends to impose its beliefs and goals on us in the negotiations. # speaker: taeb # source: taeb
But if negotiations are to take place, we should get what is rightfully ours. # speaker: taeb # source: taeb

- (menu)
+ {not pressed and not conceded} [Ask what "rightfully ours" would mean # move: press]
    ~ pressed = true
    What would "what is rightfully ours" mean, concretely? What would we have to bring home? # speaker: player # dramatized
    Our frozen money released. Sanctions lifted in a way our traders and our banks can actually feel. And our rights under the treaties we signed respected, not bargained away. # speaker: taeb # dramatized
    So the question for you is not whether to sit down, but what must come back from the table. # speaker: moderator # dramatized
    -> menu
+ {not conceded} [Grant that the other side will try to impose its goals # move: concede]
    ~ conceded = true
    ~ pressed = true
    ~ g = concession_grade(who)
    You are right. The other side will try to impose its goals. Expecting full trust would be naive. # speaker: player # source: m10
    Then we agree on the first half. Most people who want talks skip it. # speaker: taeb # dramatized # grade: {g} # why: Granting a true warning earns standing: each side at a table pushes its own goals (taeb, m10)
    ~ settle_concession(who)
    -> menu
+ [Common ground: guarantees secure what is ours # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = voice_grade(who, played)
    ~ common_ground = true
    Then we want the same thing. "Getting what is ours" is exactly what written agreements, executive guarantees and registration with international bodies are for. They are there to make sure commitments are kept. # speaker: player # source: m09, m17
    If what is ours is written down, guaranteed, and checked at every step... then yes. That is a negotiation I could defend. # speaker: taeb # dramatized # grade: {g} # why: Common ground: guarantees are how a conditional yes gets what it asks for (taeb, m09, m17)
+ [Common ground: talk from confidence # move: rebut # card: confidence]
    ~ played = "confidence"
    ~ g = voice_grade(who, played)
    ~ common_ground = true
    Then we agree there is no either-or here. A negotiator who knows what he wants, and sees himself as strong, does not give in. # speaker: player # source: m04, m07
    Knowing what we want is the start. It does not yet tell me how we make sure we get it. # speaker: taeb # dramatized # grade: {g} # why: Confidence meets his condition halfway; it does not say how "what is ours" is secured (taeb, m07)
+ [Reject the middle: talks are just talks # move: rebut # card: talk-is-not-accept]
    ~ played = "talk-is-not-accept"
    ~ g = voice_grade(who, played)
    There is no middle position. Talks are just talks: they clarify things and commit us to nothing. Why set conditions before we even sit down? # speaker: player # dramatized
    You misread me. I am not against talks. I am saying that what we bring home matters more than whether we sit down. # speaker: taeb # dramatized # grade: {g} # why: A straw man: Taeb is not against talks, he sets a condition, and the answer ignores it (taeb, m05)
+ [Attack the man, not the argument # move: attack]
    ~ g = "backfire"
    With respect, a former intelligence chief is the last person to advise on diplomacy. Your whole career was built on suspicion. # speaker: player # dramatized
    Suspicion is my trade, yes. It is also why I said we may talk. You have judged my career, not my argument. # speaker: taeb # dramatized # grade: {g} # why: Attacking a career leaves the argument untouched, and this argument had left room for talks (taeb)

- (verdict)
~ settle(who, "", g)
~ temp after = stance_after(g, conceded)
{ after != now:
    { after:
    - "open": Taeb nods once and writes something down. The middle of the table is leaning in. # speaker: narrator # stance: taeb={after}
    - "wary": Taeb weighs the point, still careful, still listening. # speaker: narrator # stance: taeb={after}
    - "firm": Taeb folds his arms. The condition he offered is off the table. # speaker: narrator # stance: taeb={after}
    }
}
->->
