// PLACEHOLDER: this figure is being written; the structure matches figures/sediqi.ink.
=== hamedani_exchange ===
~ temp who = "hamedani"
~ take_floor(who)
~ temp pressed = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
~ temp now = "firm"
PLACEHOLDER floor. # speaker: moderator # dramatized # sfx: gavel
PLACEHOLDER opening. # speaker: hamedani # source: f-hamedani
- (menu)
+ {not pressed and not conceded} [PLACEHOLDER press # move: press]
    ~ pressed = true
    PLACEHOLDER. # speaker: player # dramatized
    PLACEHOLDER. # speaker: hamedani # dramatized
    -> menu
+ {not conceded} [PLACEHOLDER concede # move: concede]
    ~ conceded = true
    ~ pressed = true
    ~ g = concession_grade(who)
    PLACEHOLDER. # speaker: player # dramatized
    PLACEHOLDER. # speaker: hamedani # dramatized # grade: {g} # why: PLACEHOLDER (m05)
    ~ settle_concession(who)
    { has_kernel(who):
        ~ now = "wary"
        PLACEHOLDER. # speaker: narrator # stance: hamedani=wary
    }
    -> menu
+ [PLACEHOLDER guarantees # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = grade_of(who, played)
    PLACEHOLDER. # speaker: player # source: m05
    PLACEHOLDER. # speaker: hamedani # dramatized # grade: {g} # why: PLACEHOLDER (m05)
+ [PLACEHOLDER relative-trust # move: rebut # card: relative-trust]
    ~ played = "relative-trust"
    ~ g = grade_of(who, played)
    PLACEHOLDER. # speaker: player # source: m05
    PLACEHOLDER. # speaker: hamedani # dramatized # grade: {g} # why: PLACEHOLDER (m05)
+ [PLACEHOLDER talk-is-not-accept # move: rebut # card: talk-is-not-accept]
    ~ played = "talk-is-not-accept"
    ~ g = grade_of(who, played)
    PLACEHOLDER. # speaker: player # source: m05
    PLACEHOLDER. # speaker: hamedani # dramatized # grade: {g} # why: PLACEHOLDER (m05)
+ [PLACEHOLDER home-front # move: rebut # card: home-front]
    ~ played = "home-front"
    ~ g = grade_of(who, played)
    PLACEHOLDER. # speaker: player # source: m05
    PLACEHOLDER. # speaker: hamedani # dramatized # grade: {g} # why: PLACEHOLDER (m05)
+ [PLACEHOLDER confidence # move: rebut # card: confidence]
    ~ played = "confidence"
    ~ g = grade_of(who, played)
    PLACEHOLDER. # speaker: player # source: m05
    PLACEHOLDER. # speaker: hamedani # dramatized # grade: {g} # why: PLACEHOLDER (m05)
+ [PLACEHOLDER cost-of-war # move: rebut # card: cost-of-war]
    ~ played = "cost-of-war"
    ~ g = grade_of(who, played)
    PLACEHOLDER. # speaker: player # source: m05
    PLACEHOLDER. # speaker: hamedani # dramatized # grade: {g} # why: PLACEHOLDER (m05)
+ [PLACEHOLDER take-the-wheel # move: rebut # card: take-the-wheel]
    ~ played = "take-the-wheel"
    ~ g = grade_of(who, played)
    PLACEHOLDER. # speaker: player # source: m05
    PLACEHOLDER. # speaker: hamedani # dramatized # grade: {g} # why: PLACEHOLDER (m05)
+ [PLACEHOLDER know-the-concepts # move: rebut # card: know-the-concepts]
    ~ played = "know-the-concepts"
    ~ g = grade_of(who, played)
    PLACEHOLDER. # speaker: player # source: m05
    PLACEHOLDER. # speaker: hamedani # dramatized # grade: {g} # why: PLACEHOLDER (m05)
+ [PLACEHOLDER attack # move: attack]
    ~ g = "backfire"
    PLACEHOLDER. # speaker: player # dramatized
    PLACEHOLDER. # speaker: hamedani # dramatized # grade: {g} # why: PLACEHOLDER (m05)
- (verdict)
~ settle(who, played, g)
~ temp after = stance_after(g, conceded and has_kernel(who))
{ after != now:
    PLACEHOLDER. # speaker: narrator # stance: hamedani={after}
}
~ leave_floor(who, after)
->->
