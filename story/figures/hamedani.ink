// MOHAMMAD MEHDI HOSSEINI HAMEDANI, Karaj's Friday Prayer Leader. Article: f-hamedani
// ("Negotiation arises from betrayal or negligence").
// Rhetorical move: questioning motives (poisoning the well): the proposal is judged by the
// betrayal, negligence or ignorance imputed to those who make it, not weighed on its merits; and
// talks are put in one breath with surrender. His call to remember the US's crimes is a real value,
// but it does not by itself decide whether to talk.
// True kernel: none (rules.ink, has_kernel): conceding that supporters may be negligent concedes
// his frame, so it is graded weak and moves no stance.
// Strong cards here: know-the-concepts, talk-is-not-accept (rules.ink, base_grade).
// Worn: talk-is-not-accept may have landed on Saeidi before him; its response has a worn variant.
// m18-m19 can itself be read as doubting the competence of decision-makers; the know-the-concepts
// line uses it to turn attention back to the proposal, not to question anyone's motives.

=== hamedani_exchange ===
~ temp who = "hamedani"
~ take_floor(who)
~ temp pressed = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
~ temp now = "firm"
Our next guest leads Friday prayers in Karaj. Mohammad Mehdi Hosseini Hamedani, the floor is yours. # speaker: moderator # dramatized # sfx: gavel
Some people, out of betrayal, negligence or ignorance, talk of negotiation and surrender, and plant doubts in people's minds. # speaker: hamedani # source: f-hamedani
The revolutionary front must give an accurate account of America's crimes, to prevent deviation and to resist the efforts to make people forget what the US has done. # speaker: hamedani # source: f-hamedani
A nation that forgets its wounds will be wounded again. # speaker: hamedani # dramatized

- (menu)
+ {not pressed and not conceded} [Ask whether remembering decides the question # move: press]
    ~ pressed = true
    You ask us to remember what the US has done, and memory matters. But does remembering settle the question of talks? Could someone remember every one of those crimes and still want to negotiate? # speaker: player # dramatized
    Someone who truly remembers would not hurry to the table. When I hear talks praised as a cure for everything, I see people who have forgotten, or who want others to forget. That is why I speak of motives. # speaker: hamedani # dramatized
    So the assumption underneath is that anyone who remembers would reject talks, and that proposing them shows forgetting, or worse. # speaker: moderator # dramatized
    -> menu
+ {not conceded} [Grant that some supporters may be negligent # move: concede]
    ~ conceded = true
    ~ pressed = true
    ~ g = concession_grade(who)
    I accept that some people who call for talks may be careless about history, or ignorant of what the US has done. Negligence is real, and it deserves to be named. # speaker: player # dramatized
    Then you have granted my point. If those who urge talks are negligent or ignorant, their doubts are not worth weighing, and the people are right to close their ears to them. # speaker: hamedani # dramatized # grade: {g} # why: There was no true kernel to grant: conceding that supporters may be negligent accepts his frame, judging the proposal by motives, not merits (f-hamedani)
    ~ settle_concession(who)
    The concession lands on his side of the table. From now on, the proposal is judged by who makes it. # speaker: narrator
    -> menu
+ [Guarantees, not trust # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = grade_of(who, played)
    No one asks you to forget, or to trust. Talks amid distrust run on written agreements, executive guarantees and registration with international bodies, so that our interests are protected at every step. # speaker: player # source: m08, m09
    I did not speak about contracts. I spoke about memory, and about the motives of those who plant doubts. A guarantee on paper answers a question I have not asked. # speaker: hamedani # dramatized # grade: {g} # why: His claim is about motives and memory, not enforcement, so guarantees answer a question he did not ask (m09)
+ [No one is fully trustworthy # move: rebut # card: relative-trust]
    ~ played = "relative-trust"
    ~ g = grade_of(who, played)
    If a record of wrongs rules out talks, we could talk to no one. Russia, China, Britain and Saudi Arabia have records too. Trust is relative. We can remember every wrong and still negotiate with care. # speaker: player # source: m10, m16
    Others have wronged us too; I do not deny it. But none has a record like America's against this nation. And you have not told me why the calls for talks grow loudest when memory fades. # speaker: hamedani # dramatized # grade: {g} # why: Every state has a record, so memory alone cannot rule out talks; but his charge about motives is left standing (m16)
+ [Talking is not accepting # move: rebut # card: talk-is-not-accept]
    ~ played = "talk-is-not-accept"
    ~ g = grade_of(who, played)
    You put negotiation and surrender in one breath, but they are not the same. Negotiation clarifies issues and explores solutions. It does not mean accepting the other side, and it asks no one to forget anything. # speaker: player # source: m05
    { g == "strong":
        They are different words, I grant you, and I should not let one stand for the other. But whoever sits at that table must carry the memory with him, not leave it at the door. # speaker: hamedani # dramatized # grade: {g} # why: Separating talks from surrender removes the frame that makes every supporter of talks a suspect (m05)
    - else:
        We heard this answer earlier tonight, and the room took it well then. Saying it again does not tell me why those who urge talks so rarely speak of what the US has done. # speaker: hamedani # dramatized # grade: {g} # why: An argument that already carried the room loses force when repeated; his charge about forgetting needs its own answer (m05)
    }
+ [Strength starts at home # move: rebut # card: home-front]
    ~ played = "home-front"
    ~ g = grade_of(who, played)
    Doubts do not come from a few voices calling for talks. They come from real problems at home: corruption, and no room for young people. Fix those, and people will trust their leaders, whatever is said about talks. # speaker: player # source: m02, m03
    Corruption breeds doubt, I agree. But a stronger house does not answer my question: why do some now speak of talks, and not of what the US has done? # speaker: hamedani # dramatized # grade: {g} # why: Tracing doubt to problems at home engages his worry, but still does not weigh the proposal itself (m02, m03)
+ [Negotiate from confidence # move: rebut # card: confidence]
    ~ played = "confidence"
    ~ g = grade_of(who, played)
    A negotiator who sees himself as powerful and acts rationally does not surrender. Talks held from confidence are nothing like surrender from weakness. They can improve where we stand and guide what comes next. # speaker: player # source: m04, m07
    I did not question our strength. I questioned the intentions of those who call for talks, and what they want us to forget. Confidence at the table says nothing about either. # speaker: hamedani # dramatized # grade: {g} # why: Confidence answers a fear of weakness, not his charge about motives and memory (m07)
+ [Cheaper than war # move: rebut # card: cost-of-war]
    ~ played = "cost-of-war"
    ~ g = grade_of(who, played)
    If the US turns to talks because war would cost it more, that is leverage we can use. Negotiation is cheaper than war for them, and we should decide clearly which tool serves us best. # speaker: player # source: m14, m15
    Whether Washington fears a war is another debate. I spoke of those at home who plant doubts, and of a history some want us to forget. You have not touched either. # speaker: hamedani # dramatized # grade: {g} # why: The other side's cost of war is beside his point, which is about motives at home and memory (m14)
+ [Then take responsibility # move: rebut # card: take-the-wheel]
    ~ played = "take-the-wheel"
    ~ g = grade_of(who, played)
    You say those who speak of talks are negligent. Then let those who reject talks take executive responsibility and show their plan. If a better path exists, the country needs to see it, not only hear warnings. # speaker: player # source: m01
    My duty is to guide, not to govern. Still, you are right that a warning is not a plan. But a plan made by people who have forgotten what the US has done would be worse than none. # speaker: hamedani # dramatized # grade: {g} # why: Asking critics for a plan fairly tests a charge of negligence, but "then you govern" edges on tu quoque and leaves his point on memory standing (m01)
+ [Understand the concepts # move: rebut # card: know-the-concepts]
    ~ played = "know-the-concepts"
    ~ g = grade_of(who, played)
    Whether talks help depends on what negotiation and trust mean in practice, not on who proposes them. Decisions fail when decision-makers misunderstand those concepts. So judge the proposal by them, whoever brings it. # speaker: player # source: m18, m19
    You ask me to weigh the idea, not the man who carries it. That is fair, and a scholar should do it. I only ask that the weighing include what the US has done. # speaker: hamedani # dramatized # grade: {g} # why: Poisoning the well is answered by returning to the merits: judge talks by what negotiation and trust mean, not by who proposes them (m18, m19)
+ [Say he guards his own position # move: attack]
    ~ g = "backfire"
    With respect, you speak of betrayal because it keeps your listeners angry and your own position safe. This is not really about America's crimes. It is about silencing anyone who disagrees with you. # speaker: player # dramatized
    You tell me my motive is my position. I said the same kind of thing about others. If judging motives is wrong, it is wrong from both sides of this table. Weigh what I said. # speaker: hamedani # dramatized # grade: {g} # why: Poisoning the well against someone who poisons the well commits the same fallacy and leaves his claim standing (f-hamedani)
    A low murmur runs through the studio. The audience has heard the same move made twice. # speaker: narrator

- (verdict)
~ settle(who, played, g)
~ temp after = stance_after(g, conceded and has_kernel(who))
{ after != now:
    { after:
    - "open": Hosseini Hamedani folds his hands and nods once. He still distrusts the road, but he is willing to weigh it. # speaker: narrator # stance: hamedani={after}
    - "wary": Hosseini Hamedani lowers his eyes to his notes, weighing the point, unconvinced but no longer dismissive. # speaker: narrator # stance: hamedani={after}
    - "firm": Hosseini Hamedani sits straighter. His warning stands, and he means the audience to remember it. # speaker: narrator # stance: hamedani={after}
    }
}
~ leave_floor(who, after)
->->
