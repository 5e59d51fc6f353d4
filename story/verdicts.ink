// THE VERDICT ON AN EXCHANGE. After every answer the narrator says where the point landed and
// how the room took it; the meters have already moved (settle in rules.ink) and the guest's stance
// marker follows the tag. It judges the answer, never the question of talks itself. Two wordings
// of each, chosen by the round, so a debate does not hear the same sentence six times.

=== room_verdict(who, g, after, engaged) ===
{ g:
- "strong":
    { round % 2:
    - 1: The answer meets the claim itself, and part of the room moves your way. # speaker: narrator # dramatized # stance: {who}={after}
    - else: That answer goes to the heart of the claim. The room moves your way. # speaker: narrator # dramatized # stance: {who}={after}
    }
- "partial":
    { engaged:
        A fair answer, though the claim still stands. Having seen you engage first, part of the room moves your way. # speaker: narrator # dramatized # stance: {who}={after}
    - else:
        A fair answer, but it leaves the claim standing. The room stays where it was. # speaker: narrator # dramatized # stance: {who}={after}
    }
- "weak":
    { round % 2:
    - 1: The claim is left standing, and part of the room moves toward it. # speaker: narrator # dramatized # stance: {who}={after}
    - else: The answer misses, and the claim keeps its ground. Part of the room moves toward it. # speaker: narrator # dramatized # stance: {who}={after}
    }
- else:
    The attack answers nothing. The room turns against you. # speaker: narrator # dramatized # stance: {who}={after} # sfx: murmur
}
->->
