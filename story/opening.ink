// PLACEHOLDER: the moderator's opening is being written.
=== opening_remarks ===
~ stage = "opening"
PLACEHOLDER welcome. # speaker: moderator # dramatized # sfx: gavel
PLACEHOLDER seats. # speaker: narrator # stance: sediqi=firm # stance: alamolhoda=firm # stance: saeidi=firm # stance: laeini=firm # stance: shariatmadari=firm # stance: hamedani=firm # stance: taeb=wary # stance: abdolalizadeh=open
+ [PLACEHOLDER begin # move: continue]
- ->->
