// ALI ABDOLALIZADEH, the president's Special Representative for the Sea-Oriented Economy.
// Article: abdolalizadeh (for negotiating, honorably), then context (the "assassin of General
// Soleimani" objection and the article's own analogy with Hamas). He supports talks, so the
// exchange is the player answering the objection the moderator puts, with him beside them.
// The article's Hamas analogy is graded partial: it is the article's own argument, and it is open
// to critique like any other. "Talking is not forgiving" answers the objection itself (strong).
// No card is remembered as worn (settle with ""), and he does not count towards `opened`.

=== abdolalizadeh_exchange ===
~ temp who = "abdolalizadeh"
~ temp pressed = false
~ temp g = "weak"
~ temp played = ""
~ temp now = "open"
Our last guest is for talks. Mr. Abdolalizadeh represents the president on the sea-oriented economy. The floor is yours. # speaker: moderator # dramatized # sfx: gavel
We need a new foreign policy. The first principle of our sea-oriented development is better relations with the world. I said during the elections that we should negotiate with Mr. Trump. # speaker: abdolalizadeh # source: abdolalizadeh
We cannot keep the country's issues on hold. We must speak honorably and defend our national interests. The entire ruling system has agreed to face-to-face negotiation. # speaker: abdolalizadeh # source: abdolalizadeh
Many people will not accept that. After the nuclear deal, the JCPOA, and after General Soleimani was assassinated on Trump's order, a large group called such talks treacherous. Their words were: "We will not negotiate with the assassin of General Soleimani." # speaker: moderator # source: context
You sit on the same side as Mr. Abdolalizadeh tonight. How do you answer them? # speaker: moderator # dramatized

- (menu)
+ {not pressed} [Ask what "speak honorably" means in practice # move: press]
    ~ pressed = true
    You say we must speak honorably. What does that mean in practice, at the table? # speaker: player # dramatized
    We come as equals, not as beggars. We say in public what we want. And we sign nothing we could not defend to our own people the next morning. # speaker: abdolalizadeh # dramatized
    So "honorably" is a promise to the people at home as much as a manner at the table. # speaker: moderator # dramatized
    -> menu
+ [The article's analogy: even Hamas kept talks open to stop the killing # move: rebut # card: cost-of-war]
    ~ played = "cost-of-war"
    ~ g = voice_grade(who, played)
    The article makes a comparison. During the war in Gaza, Hamas kept the door open to talks with Israel, to stop the killing and to free hostages. If they could talk to their enemy, so can we. # speaker: player # source: context
    An analogy, and a debatable one. Hamas is a movement at war, talking under bombardment. Iran is a state choosing its foreign policy and talking to lift sanctions. Do the two cases really match? # speaker: moderator # dramatized # grade: {g} # why: An analogy can open a door, but it is open to critique: a movement at war and a state's foreign policy are different cases (context)
+ [Talking is not forgiving # move: rebut # card: talk-is-not-accept]
    ~ played = "talk-is-not-accept"
    ~ g = voice_grade(who, played)
    Sitting across from someone is not forgiving him, and it is not forgetting. Negotiation does not mean accepting the other side. It is a tool to make things clear and to defend our interests. # speaker: player # source: m05
    Exactly. I would not ask anyone to forget. I ask them to let us defend the country while they remember. # speaker: abdolalizadeh # dramatized # grade: {g} # why: Talking is not accepting: negotiation defends interests, it does not absolve the other side (m05)
+ [National interest, protected by guarantees # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = voice_grade(who, played)
    Our national interest comes first. Written agreements, executive guarantees and registration with international bodies protect us, whoever sits across the table. # speaker: player # source: m09, m17
    Sound, as far as it goes. But that objection was never about paperwork. It was about grief and honor, and you stepped around it. # speaker: moderator # dramatized # grade: {g} # why: Guarantees answer distrust, but not the grief and honor behind the slogan (m09, m17, context)
+ [Dismiss the grief: "that was years ago" # move: attack]
    ~ g = "backfire"
    That was years ago. People need to move on and stop living in the past. # speaker: player # dramatized
    I support talks, and I would never say that. People mourn a man they respected. If we want their support, we start by respecting their grief. # speaker: abdolalizadeh # dramatized # grade: {g} # why: Contempt for people's grief answers nothing and loses the room, even among allies (context)

- (verdict)
~ settle(who, "", g)
~ temp after = "open"
{ g == "backfire":
    ~ after = "wary"
}
{ after != now:
    Even Abdolalizadeh winces. He came to argue for talks, not to hear grief waved away. # speaker: narrator # stance: abdolalizadeh={after}
}
->->
