// PLACEHOLDER: Taeb's exchange is being written.
=== taeb_exchange ===
~ temp g = "weak"
PLACEHOLDER floor. # speaker: moderator # dramatized # sfx: gavel
PLACEHOLDER. # speaker: taeb # source: taeb
+ [PLACEHOLDER common ground # move: rebut # card: guarantees]
    ~ common_ground = true
    ~ g = "strong"
    PLACEHOLDER. # speaker: player # source: m09
    PLACEHOLDER. # speaker: taeb # dramatized # grade: {g} # why: PLACEHOLDER (m09)
+ [PLACEHOLDER reject # move: rebut # card: confidence]
    ~ g = "weak"
    PLACEHOLDER. # speaker: player # source: m07
    PLACEHOLDER. # speaker: taeb # dramatized # grade: {g} # why: PLACEHOLDER (m07)
- ~ settle("taeb", "", g)
->->
