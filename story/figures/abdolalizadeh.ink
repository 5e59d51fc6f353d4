// PLACEHOLDER: Abdolalizadeh's exchange is being written.
=== abdolalizadeh_exchange ===
~ temp g = "weak"
PLACEHOLDER floor. # speaker: moderator # dramatized # sfx: gavel
PLACEHOLDER. # speaker: abdolalizadeh # source: abdolalizadeh
PLACEHOLDER objection. # speaker: moderator # source: context
+ [PLACEHOLDER Hamas # move: rebut # card: relative-trust]
    ~ g = "partial"
    PLACEHOLDER. # speaker: player # source: context
    PLACEHOLDER. # speaker: moderator # dramatized # grade: {g} # why: PLACEHOLDER (context)
+ [PLACEHOLDER dismiss # move: attack]
    ~ g = "backfire"
    PLACEHOLDER. # speaker: player # dramatized
    PLACEHOLDER. # speaker: moderator # dramatized # grade: {g} # why: PLACEHOLDER (context)
- ~ settle("abdolalizadeh", "", g)
->->
