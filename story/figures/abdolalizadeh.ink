// ALI ABDOLALIZADEH, the president's Special Representative for the Sea-Oriented Economy.
// Article: abdolalizadeh (for negotiating, honorably), then context (the "assassin of General
// Soleimani" objection and IRNA's own comparison with Hamas). He supports talks, so the exchange is
// the player answering the objection the moderator puts, with him beside them. The moderator, not
// he, judges the answers here: the article gives him no view on them.
// True kernel (of the objection): the grief behind the slogan is real (context).
// On offer, and why (grades in rules.ink, card_grade and argue_grade):
//   talk-is-not-accept: strong, the slogan treats talking with someone as accepting him;
//   guarantees: partial, it answers distrust and steps around the grief;
//   the Hamas analogy (# move: argue): partial; it is IRNA's argument, not the expert's, and open to
//     critique like any other (debrief.json asks students to test it);
// Wear runs between the six opponents only (rules.ink, grade_of): this exchange grades each card
// as card_grade has it, whatever landed before.

=== abdolalizadeh_exchange ===
~ temp who = "abdolalizadeh"
~ temp engaged = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
Our last guest is for talks. Ali Abdolalizadeh is the president's special representative for the sea-oriented economy. The floor is yours. # speaker: moderator # dramatized # sfx: gavel
We need a new foreign policy. I said during the elections that we should negotiate with Mr. Trump. We cannot keep the country's issues on hold, so we must speak honorably and defend our national interests. The entire ruling system has agreed to face-to-face negotiation. # speaker: abdolalizadeh # source: abdolalizadeh
Many will not accept that. After the nuclear deal, and after General Soleimani was assassinated on Trump's order, a large group called such talks treacherous: "We will not negotiate with the assassin of General Soleimani." # speaker: moderator # dramatized: Many will not accept that. # source: context
You are on his side of this question tonight. How do you answer them? # speaker: moderator # dramatized

- (menu)
+ {not engaged} [Grant that the grief behind the slogan is real # move: concede]
    ~ engaged = true
    ~ conceded = true
    ~ g = concession_grade(who)
    The grief behind those words is real, and it deserves respect before any argument. # speaker: player # dramatized
    A fair place to begin: the objection is heard before it is answered. # speaker: moderator # dramatized # grade: {g} # why: Granting what is true in an objection, the grief behind it, earns the standing to answer it (context)
    ~ settle_concession(who)
    -> menu
+ [Say our interests can be protected in writing # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = card_grade(who, played)
    Then let us protect our interests in writing. Even when parties lack trust, agreements can be forged that are acceptable to both sides. # speaker: player # dramatized: Then let us protect our interests in writing. # source: m09
    Sound as far as it goes. But that slogan was never about paperwork; it was about grief and honor. # speaker: moderator # dramatized # grade: {g} # why: Guarantees answer distrust, but step around the grief and honor behind the slogan (m09, context)
+ [Say talking is not forgiving # move: rebut # card: talk-is-not-accept]
    ~ played = "talk-is-not-accept"
    ~ g = card_grade(who, played)
    Sitting across from someone is not forgiving him. Negotiation does not imply acceptance of the other party. # speaker: player # dramatized: Sitting across from someone is not forgiving him. # source: m05
    That meets the objection on its own ground: talking with someone is not accepting him. # speaker: moderator # dramatized # grade: {g} # why: The slogan treats talking with someone as accepting him; negotiation does not imply acceptance of the other party (m05)
+ [Use the article's comparison with Hamas # move: argue]
    ~ played = ""
    ~ g = argue_grade(who)
    If Hamas could keep talks open, so can we. The article says that in the past year, Hamas always kept the door open for negotiation with Israel, to stop the killing by securing the release of hostages. # speaker: player # dramatized: If Hamas could keep talks open, so can we. # source: context
    An analogy, and IRNA's own. A movement at war, and a state choosing its foreign policy: do the two cases really match? # speaker: moderator # dramatized # grade: {g} # why: An analogy opens a door, but it is open to critique: a movement at war and a state's foreign policy are different cases (context)
+ [Say it is time to move on # move: attack]
    ~ g = "backfire"
    That was years ago. People need to move on. # speaker: player # dramatized
    Grief waved aside is not an answer, and this room knows it. # speaker: moderator # dramatized # grade: {g} # why: Contempt for people's grief answers nothing and loses the room, even for the side of talks (context)

- (verdict)
~ temp after = settle(who, played, g, engaged, conceded)
-> room_verdict(who, g, after, engaged) ->
~ leave_floor(who)
->->
