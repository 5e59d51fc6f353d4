// HOSSEIN SHARIATMADARI, Managing Director of Keyhan newspaper. Article: f-shariatmadari
// ("Futility of negotiation and the necessity of crossing red lines").
// Rhetorical move: a false trilemma (whoever proposes talks is naive, ineffective or colluding with
// the enemy) that attacks motives instead of weighing the proposal; then a slippery slope (pay
// ransom once and you pay it on every issue, until every red line is crossed).
// True kernel: none (rules.ink, has_kernel): conceding grants his frame, that supporters of talks
// are naive or failing, so it is graded weak and moves no stance.
// Strong cards here: take-the-wheel, guarantees (rules.ink, base_grade).
// Worn: guarantees may have landed on Sediqi or Laeini before him; its response has a worn variant.
// The expert answers him by name (m01), and m01 is partly ad hominem itself. The take-the-wheel
// line uses only its fair half: whoever says others have no plan should show his own.

=== shariatmadari_exchange ===
~ temp who = "shariatmadari"
~ take_floor(who)
~ temp pressed = false
~ temp conceded = false
~ temp g = "weak"
~ temp played = ""
~ temp now = "firm"
Our next guest is the managing director of Keyhan newspaper, in Tehran. Mr. Shariatmadari, the floor is yours. # speaker: moderator # dramatized # sfx: gavel
Those who prescribe talks with the US, instead of trying to solve some of the country's problems, are either naive, or ineffective and hiding behind negotiation, or, God forbid, deceived or tempted to collude with the enemy. # speaker: shariatmadari # source: f-shariatmadari
Negotiation with the US solves nothing. Pay ransom once and you will pay it again, on every fundamental issue, until you have crossed all your red lines. # speaker: shariatmadari # source: f-shariatmadari

- (menu)
+ {not pressed and not conceded} [Ask if there is a fourth kind of supporter # move: press]
    ~ pressed = true
    You name three kinds of people who support talks: naive, ineffective or colluding. Is there no fourth kind? Someone informed and honest, who has read the same record and weighs the risks differently? # speaker: player # dramatized
    In principle, perhaps. But an informed person knows what happened to the last agreement. If he still proposes talks, I must ask whether he is naive about Washington, or hoping talks will hide the problems he has failed to solve. # speaker: shariatmadari # dramatized
    So the assumption underneath is that the record is so clear that disagreeing with it can only come from a flaw, never from a different reading. # speaker: moderator # dramatized
    -> menu
+ {not conceded} [Grant that some supporters of talks are naive # move: concede]
    ~ conceded = true
    ~ pressed = true
    ~ g = concession_grade(who)
    I will grant you this much: some people who call for talks may well be naive about Washington, and some may be hiding their own failures behind the idea. # speaker: player # dramatized
    Thank you for your honesty. Then we agree that the people urging talks are naive, or covering their failures. Why should the country follow such people to the table? # speaker: shariatmadari # dramatized # grade: {g} # why: There was no true kernel to grant: conceding a false trilemma hands him his frame, that supporters of talks are naive or failing (f-shariatmadari)
    ~ settle_concession(who)
    A few viewers glance at each other. The concession has put every supporter of talks inside one of his three boxes. # speaker: narrator
    -> menu
+ [Guarantees, not trust # move: rebut # card: guarantees]
    ~ played = "guarantees"
    ~ g = grade_of(who, played)
    You say one payment leads to the next until every red line falls. Agreements made amid distrust are built to stop that: written guarantees, registered with international bodies to hold both sides to their commitments. # speaker: player # source: m08, m09, m17
    { g == "strong":
        A ledger where every step is matched and recorded... that is not a ransom, I admit. My question is who in Tehran would have the discipline to walk away when the other side defaults. # speaker: shariatmadari # dramatized # grade: {g} # why: A slippery slope is broken when each step must be matched by a binding, verifiable step in return (m09, m17)
    - else:
        The room has already heard this answer land once tonight. Saying it again does not show me what stops the next demand, and the one after it. My red lines deserve a fresh answer. # speaker: shariatmadari # dramatized # grade: {g} # why: An argument that already carried the room loses force when repeated; his red-lines worry needs its own answer (m09, m17)
    }
+ [No one is fully trustworthy # move: rebut # card: relative-trust]
    ~ played = "relative-trust"
    ~ g = grade_of(who, played)
    If the US cannot be trusted, neither can Russia, China, Britain or Saudi Arabia. No state is fully trustworthy. Trust in diplomacy is relative, and it is built through negotiation, not assumed before it. # speaker: player # source: m10, m16
    I did not say the Americans are liars and the Russians are saints. I said the people pushing these talks are naive or failing, and that the price will keep rising. You have answered a different speech. # speaker: shariatmadari # dramatized # grade: {g} # why: His claim is about supporters' motives and a rising price, not about trust, so relative trust misses it (m16)
+ [Talking is not accepting # move: rebut # card: talk-is-not-accept]
    ~ played = "talk-is-not-accept"
    ~ g = grade_of(who, played)
    Negotiation is not acceptance. It clarifies the issues, explores solutions and builds understanding. Sitting at a table with the US does not mean accepting its terms, and it crosses no red line by itself. # speaker: player # source: m05
    I never said that talking means agreeing. I said that once you start paying, you keep paying. Whether you call the first step talking or accepting changes nothing about the bill. # speaker: shariatmadari # dramatized # grade: {g} # why: He claims concessions will multiply, not that talking is accepting; answering a claim he did not make is a straw man (m05)
+ [Strength starts at home # move: rebut # card: home-front]
    ~ played = "home-front"
    ~ g = grade_of(who, played)
    We agree on one thing: the country's real problems are at home. Corruption must go, and young people with fresh ideas need room. A country that is strong at home can face pressure and talk without paying anything. # speaker: player # source: m02, m03
    I agree on corruption. But fixing our own house first is my argument, not yours. It is exactly why I say we need no talks with Washington. # speaker: shariatmadari # dramatized # grade: {g} # why: Reform at home answers his call to solve problems first, but leaves open whether talks help or hurt (m02, m03)
+ [Negotiate from confidence # move: rebut # card: confidence]
    ~ played = "confidence"
    ~ g = grade_of(who, played)
    A ransom is paid by the weak. A negotiator who sees himself as powerful, acts rationally and reads where the talks are heading does not pay ransom. Confidence, not fear, should decide whether we sit down. # speaker: player # source: m04, m07
    Every negotiator is confident on the way to the table. I asked what stops the next demand, and the one after it. You have told me how to feel, not what will hold. # speaker: shariatmadari # dramatized # grade: {g} # why: Self-belief answers a fear of weakness, not his claim that concessions will multiply (m07)
+ [Cheaper than war # move: rebut # card: cost-of-war]
    ~ played = "cost-of-war"
    ~ g = grade_of(who, played)
    If the US turns to talks because war would cost it more, then it needs something from us. That is leverage, not ransom. A side that knows this sets terms instead of paying them. Then we must choose our tools clearly. # speaker: player # source: m14, m15
    Washington may fear a war more than it admits. But a side that fears war still demands everything at the table. Leverage is real, yet it does not tell me where the demands will stop. # speaker: shariatmadari # dramatized # grade: {g} # why: The other side's need for a deal gives leverage against ransom, but does not show where its demands stop (m14, m15)
+ [Then take responsibility # move: rebut # card: take-the-wheel]
    ~ played = "take-the-wheel"
    ~ g = grade_of(who, played)
    You say supporters of talks hide their failure to solve problems. Then the same test applies to every side. If confrontation has a plan for the economy, put it forward and take executive responsibility for it. Talks are one tool in a plan, not a cover. # speaker: player # source: m01, m05
    A newspaper is not a ministry, and my work is to warn. But it is fairly asked. If I call talks a cover for failure, I owe the country my own plan. I will put it in writing. # speaker: shariatmadari # dramatized # grade: {g} # why: A charge that others have no plan is tested by asking the accuser for his; asked alone, "then you govern" would only be a tu quoque (m01)
+ [Understand the concepts # move: rebut # card: know-the-concepts]
    ~ played = "know-the-concepts"
    ~ g = grade_of(who, played)
    Calling supporters naive assumes that negotiation means giving in. Negotiation and trust are concepts with a practice behind them. Decisions fail when decision-makers misread them, so judge talks by those concepts, not by labels for the people who propose them. # speaker: player # source: m18, m19
    I understand the concepts well enough. The one I understand best is the record, and the record says concessions bring more demands. A better definition does not change that. # speaker: shariatmadari # dramatized # grade: {g} # why: Asking for the concepts to be understood weakens his labels, but his red-lines worry still stands (m18, m19)
+ [Say his paper sells outrage # move: attack]
    ~ g = "backfire"
    With respect, Mr. Shariatmadari, your newspaper sells outrage. Keyhan attacks anyone who wants talks because anger sells papers. Your warning is not analysis. It is your business model, and this audience should know it. # speaker: player # dramatized
    Then we are even: you say I sell outrage, I say some of you are naive. Neither claim proves anything. But I at least gave a reason, that the price will keep rising. Answer that. # speaker: shariatmadari # dramatized # grade: {g} # why: Answering an attack on motives with an attack on motives commits the same fallacy and hands him the high ground (f-shariatmadari)
    The studio murmurs. A motive-attack answered with a motive-attack has only made his own look fair. # speaker: narrator

- (verdict)
~ settle(who, played, g)
~ temp after = stance_after(g, conceded and has_kernel(who))
{ after != now:
    { after:
    - "open": Shariatmadari looks up from his notes and nods once. He is not persuaded, but he will judge the next proposal on its terms. # speaker: narrator # stance: shariatmadari={after}
    - "wary": Shariatmadari writes a line in the margin of his notes, unconvinced but no longer dismissive. # speaker: narrator # stance: shariatmadari={after}
    - "firm": Shariatmadari squares his papers. He has heard nothing tonight that would change his editorial. # speaker: narrator # stance: shariatmadari={after}
    }
}
~ leave_floor(who, after)
->->
