// AHMAD ALAMOLHODA, Mashhad's Friday Prayer Leader. Article: f-alamolhoda ("Increased pressure in
// case of negotiation").
// Rhetorical move: slippery slope (talk once, and the pressure that brought you there only grows).
// True kernel: talks alone do not solve the country's problems (the expert says so too, m05, m06).
// Strong cards here: home-front, confidence (rules.ink, base_grade).
// No card can be worn here: nothing before him (Sediqi) is strong with these cards in either preset.

=== alamolhoda_exchange ===
~ temp who = "alamolhoda"
~ take_floor(who)
~ temp pressed = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
~ temp now = "firm"
Our next guest leads Friday prayers in Mashhad. Ahmad Alamolhoda, the floor is yours. # speaker: moderator # dramatized # sfx: gavel
The country's problems cannot be solved through negotiation. Negotiating with the enemy is a mistake. If the enemy sees that its pressure works, that pressure will continue, and it will increase. # speaker: alamolhoda # source: f-alamolhoda
Every concession teaches them which lever to pull next. # speaker: alamolhoda # dramatized

- (menu)
+ {not pressed and not conceded} [Ask why talking would increase the pressure # move: press]
    ~ pressed = true
    You say pressure will grow if we negotiate. Why would sitting down, rather than giving in, teach them that pressure works? What is the step you fear between talking and being squeezed harder? # speaker: player # dramatized
    Because they do not come to talk; they come to collect. Sanctions bring us to the table, so they learn that sanctions work. Then come new demands: missiles, the region. Each round starts from our last concession, never from zero. # speaker: alamolhoda # dramatized
    So the fear is not the table itself, but a table reached under pressure, where every concession becomes the next starting point. # speaker: moderator # dramatized
    -> menu
+ {not conceded} [Grant that talks alone will not fix our problems # move: concede]
    ~ conceded = true
    ~ pressed = true
    ~ g = concession_grade(who)
    You are right about one thing, and the expert I speak for says it too: our problems cannot be solved by negotiation alone. Talks are a tool, not a cure. Anyone who sells them as a cure is selling something false. # speaker: player # source: m05, m06
    Then we agree on more than I expected. But if talks cure nothing, you must tell me why we should risk them at all. # speaker: alamolhoda # dramatized # grade: {g} # why: Conceding a true point earns the standing to answer the rest of the claim (m05, m06)
    ~ settle_concession(who)
    ~ now = "wary"
    Alamolhoda sets down his pen and turns toward you; he is listening now. # speaker: narrator # stance: alamolhoda=wary
    -> menu
+ [Guarantees, not trust # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = grade_of(who, played)
    Pressure pays off when one side gives without receiving. Talks amid distrust run on written agreements, executive guarantees and registration with international bodies. # speaker: player # source: m08, m09
    A signed paper binds the step it describes. It does not stop them from inventing a new demand tomorrow, with new sanctions attached. Your guarantees protect the deal, not the country from the next squeeze. # speaker: alamolhoda # dramatized # grade: {g} # why: Guarantees make each step verifiable, but they do not stop new pressure for new demands (m09)
+ [No one is fully trustworthy # move: rebut # card: relative-trust]
    ~ played = "relative-trust"
    ~ g = grade_of(who, played)
    If we cannot talk with the US because it cannot be trusted, we cannot talk with Russia, China, Britain or Saudi Arabia either. No state is fully trustworthy; trust is relative, and it is built over time. # speaker: player # source: m10, m16
    I did not speak of trust. I spoke of pressure: what happens once the other side learns that its pressure works. Comparing Washington with Moscow does not touch that. # speaker: alamolhoda # dramatized # grade: {g} # why: Relative trust answers a claim about trust; this claim is about pressure being rewarded (m16)
+ [Talking is not accepting # move: rebut # card: talk-is-not-accept]
    ~ played = "talk-is-not-accept"
    ~ g = grade_of(who, played)
    Sitting at the table is not giving in. Negotiation clarifies issues and explores solutions; it does not mean accepting the other side's terms. Pressure only pays if we accept, and talking is not accepting. # speaker: player # source: m05
    In a classroom, perhaps. But if we come to the table because sanctions hurt, they will read it as their pressure working, whatever we call it. Talking under pressure sends a message before a word is said. # speaker: alamolhoda # dramatized # grade: {g} # why: Talks need not mean acceptance, but the signal sent by talking under pressure still stands (m05)
+ [Strength starts at home # move: rebut # card: home-front]
    ~ played = "home-front"
    ~ g = grade_of(who, played)
    Then let us take the lever out of their hands. If we fix what is wrong at home, root out corruption and make room for young people with fresh ideas, a strong country withstands pressure, at the table or away from it. # speaker: player # source: m02, m03
    That I can accept. Pressure works on a country with open wounds. Heal them and their leverage shrinks, whatever happens at any table. I would still put the home first and the table a distant second. # speaker: alamolhoda # dramatized # grade: {g} # why: Pressure works through weakness at home; fixing the home front answers the fear at its root (m02, m03)
+ [Negotiate from confidence # move: rebut # card: confidence]
    ~ played = "confidence"
    ~ g = grade_of(who, played)
    Pressure pays off against a side that comes to the table afraid. A negotiator who sees himself as powerful, acts rationally and reads where the talks are heading does not reward pressure. He uses the talks to improve his own position. # speaker: player # source: m04, m07
    A negotiator who comes in strength, not in need, is a different matter. If our side sat down that way, ready to stand up again, pressure would win nothing there. I have not seen such a team yet. But I grant the point. # speaker: alamolhoda # dramatized # grade: {g} # why: The slippery slope assumes a weak negotiator; a confident one breaks the link between talks and rewarded pressure (m04, m07)
+ [Cheaper than war # move: rebut # card: cost-of-war]
    ~ played = "cost-of-war"
    ~ g = grade_of(who, played)
    If the US wants talks because war would cost it more, then it needs something from us too. Negotiation is cheaper for them than war. That need is our leverage: we can push back instead of only being pushed. # speaker: player # source: m11, m14
    Perhaps they prefer talking to fighting. But sanctions are cheap for them, so they can talk and squeeze at once. And their fear of war is leverage only for someone willing to risk one. I do not hear you offering that. # speaker: alamolhoda # dramatized # grade: {g} # why: The other side's need for talks is leverage, but cheap sanctions let the pressure go on during talks (m11, m14)
+ [Then take responsibility # move: rebut # card: take-the-wheel]
    ~ played = "take-the-wheel"
    ~ g = grade_of(who, played)
    If you reject talks, accept executive responsibility and show us the plan that solves these problems without them. Critics who offer only confrontation should be ready to carry out what they propose. # speaker: player # source: m01
    My plan is the one I preach: strength at home, not hope abroad. Asking for my job title does not answer whether pressure grows with each concession. That question is still on the table. # speaker: alamolhoda # dramatized # grade: {g} # why: "Show your plan" shifts the burden to the speaker; it does not test the claim that pressure grows (m01)
+ [Understand the concepts # move: rebut # card: know-the-concepts]
    ~ played = "know-the-concepts"
    ~ g = grade_of(who, played)
    Decisions go wrong when decision-makers misunderstand basic concepts like negotiation and trust. Negotiation is a process, not a single surrender. Understood properly, it need not invite more pressure. # speaker: player # source: m18, m19
    You tell me I misunderstand a word. I am telling you what followed the last agreement: more sanctions, not fewer. A definition does not answer experience. # speaker: alamolhoda # dramatized # grade: {g} # why: Saying the other side misreads the concepts sidesteps his evidence that pressure grew (m19)
+ [Attack the man, not the argument # move: attack]
    ~ g = "backfire"
    With respect, you have said no to almost every opening for years. One more "no" from Mashhad is a habit, not an analysis. Why should anyone here treat it as an argument? # speaker: player # dramatized
    Whether I have said no a hundred times or never, the question is the same: does pressure grow when it is rewarded? You have not answered it. You have only counted my sermons. # speaker: alamolhoda # dramatized # grade: {g} # why: Attacking a speaker's record leaves his claim untouched and costs the attacker the room (f-alamolhoda)
    A murmur runs through the studio audience. # speaker: narrator

- (verdict)
~ settle(who, played, g)
~ temp after = stance_after(g, conceded and has_kernel(who))
{ after != now:
    { after:
    - "open": Alamolhoda nods once. He still puts the home first, but he no longer rules the table out. # speaker: narrator # stance: alamolhoda={after}
    - "wary": Alamolhoda taps the table, weighing it. The warning stands, but he is listening. # speaker: narrator # stance: alamolhoda={after}
    - "firm": Alamolhoda folds his hands and looks past you to the camera; the door is shut. # speaker: narrator # stance: alamolhoda={after}
    }
}
~ leave_floor(who, after)
->->
