// MOHAMMAD MEHDI HOSSEINI HAMEDANI, Karaj's Friday Prayer Leader. Article: f-hamedani
// ("Negotiation arises from betrayal or negligence").
// Rhetorical move: questioning motives (poisoning the well): the proposal is judged by the
// betrayal, negligence or ignorance imputed to those who make it, and talks are put in one breath
// with surrender. His call that the US's record not be forgotten is a real value, and the kernel.
// True kernel: what the US has done should not be forgotten (the expert starts from that record, m08).
// On offer, and why (grades in rules.ink, card_grade):
//   talk-is-not-accept: strong, it separates talking from surrender and from forgetting;
//   guarantees: partial, it draws safeguards from the record, but the charge about motives stands;
//   relative-trust, take-the-wheel, know-the-concepts: weak, and each tempting: "every state has a
//     record", "then let the critics govern", "who is really ignorant?" (the last turns his own move
//     round, as the expert's m18 does).
// Talk-is-not-accept can be worn here: it may have landed on Saeidi before him.

=== hamedani_exchange ===
~ temp who = "hamedani"
~ take_floor(who)
~ temp engaged = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
Our next guest leads Friday prayers in Karaj. Mohammad Mehdi Hosseini Hamedani, the floor is yours. # speaker: moderator # dramatized # sfx: gavel
Some people, driven by betrayal, negligence or ignorance, discuss negotiation and surrender, instilling doubts in people's minds. # speaker: hamedani # source: f-hamedani
The Revolutionary front must present an accurate narrative of the US's crimes, to prevent deviation and to counter the efforts to make people forget the injustices it has committed. # speaker: hamedani # source: f-hamedani

- (menu)
+ {not engaged} [Ask whether remembering settles the question # move: press]
    ~ engaged = true
    Could someone remember every one of those injustices and still want to negotiate? # speaker: player # dramatized
    I have said what must be done: present an accurate narrative of the US's crimes, so that people do not forget. # speaker: hamedani # dramatized: I have said what must be done: # source: f-hamedani
    He does not say. His claim joins two things: remembering what the US has done, and judging those who propose talks by their motives. An answer can keep the first and drop the second. # speaker: moderator # dramatized
    -> menu
+ {not engaged} [Grant that the record must not be forgotten # move: concede]
    ~ engaged = true
    ~ conceded = true
    ~ g = concession_grade(who)
    The record should not be forgotten, and the expert starts from it too: the concern stems from past instances of the US violating agreements. # speaker: player # dramatized: The record should not be forgotten, and the expert starts from it too: # source: m08
    Then remember it when you speak of talks. # speaker: hamedani # dramatized # grade: {g} # why: Granting a true point, that the record should not be forgotten, earns the standing to answer the rest (m08)
    ~ settle_concession(who)
    His point has been heard. Hosseini Hamedani turns to listen. # speaker: narrator # dramatized # stance: hamedani=wary
    -> menu
+ [Say remembering is the reason for safeguards # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = grade_of(who, played)
    Remembering is the reason for safeguards. Rather than avoiding negotiation, legal and diplomatic tools should be employed to safeguard interests. # speaker: player # dramatized: Remembering is the reason for safeguards. # source: m08
    Safeguards on paper are one thing. I spoke of those who would have people forget. # speaker: hamedani # dramatized # grade: {g} # why: The expert draws safeguards from the record, not refusal, but the charge about motives stands (m08)
+ [Say every state has a record # move: rebut # card: relative-trust]
    ~ played = "relative-trust"
    ~ g = grade_of(who, played)
    If a record ruled out talks, we could talk to no one. No country can be entirely trustworthy. # speaker: player # dramatized: If a record ruled out talks, we could talk to no one. # source: m16
    I did not speak of trust. I spoke of memory, and of those who would have it fade. # speaker: hamedani # dramatized # grade: {g} # why: Comparing records answers neither his call to remember nor his charge about motives (m16)
+ [Say remembering and talking go together # move: rebut # card: talk-is-not-accept]
    ~ played = "talk-is-not-accept"
    ~ g = grade_of(who, played)
    Remembering and talking are not opposites. Negotiation does not imply acceptance of the other party. # speaker: player # dramatized: Remembering and talking are not opposites. # source: m05
    { g == "strong":
        Not one thing, you say. Then let those who urge talks show that they remember. # speaker: hamedani # dramatized # grade: {g} # why: He puts negotiation and surrender in one breath; negotiation does not imply acceptance of the other party, so proposing it is no betrayal in itself (m05)
    - else:
        The room took that answer well when Mr. Saeidi heard it. Said again, it does not touch what I said about forgetting. # speaker: hamedani # dramatized # grade: {g} # why: A point that already carried the room loses force when repeated (m05)
    }
+ [Say the critics should govern, then # move: rebut # card: take-the-wheel]
    ~ played = "take-the-wheel"
    ~ g = grade_of(who, played)
    You blame those who speak of talks. If you have a plan to resolve these problems, why not accept direct executive action? # speaker: player # dramatized: You blame those who speak of talks. # source: m01
    Whether I govern is not the question. I did not speak of a plan. # speaker: hamedani # dramatized # grade: {g} # why: Asking a critic to take office himself does not test his claim: a tu quoque (m01)
+ [Ask who really lacks understanding # move: rebut # card: know-the-concepts]
    ~ played = "know-the-concepts"
    ~ g = grade_of(who, played)
    You speak of ignorance. Some decision-makers lack a proper understanding of basic political concepts, such as negotiation and trust. # speaker: player # dramatized: You speak of ignorance. # source: m18, m19
    So now it is my understanding in question. That does not answer what I said. # speaker: hamedani # dramatized # grade: {g} # why: Answering "ignorance" with "lack of understanding" judges people, not the proposal: his own move turned round (m18)
+ [Refuse to answer a man who says "betrayal" # move: attack]
    ~ g = "backfire"
    Anyone who calls his opponents traitors has given up on argument. That does not deserve an answer. # speaker: player # dramatized
    You refuse to weigh my words because of who you think I am. # speaker: hamedani # dramatized # grade: {g} # why: Refusing to weigh a claim because of its speaker is poisoning the well in turn; it leaves his claim standing (f-hamedani)

- (verdict)
~ temp after = settle(who, played, g, engaged, conceded)
-> room_verdict(who, g, after, engaged) ->
~ leave_floor(who)
->->
