// PLACEHOLDER: the closing is being written.
=== closing_statement ===
~ stage = "closing"
~ temp g = "weak"
PLACEHOLDER. # speaker: moderator # dramatized
+ [PLACEHOLDER guarantees # move: closing]
    ~ closing = "guarantees"
+ [PLACEHOLDER our terms # move: closing]
    ~ closing = "our-terms"
+ [PLACEHOLDER home front # move: closing]
    ~ closing = "home-front"
- ~ g = closing_grade(closing)
PLACEHOLDER. # speaker: moderator # dramatized # grade: {g} # why: PLACEHOLDER (m15)
{
- closing_fits(closing) and closing == "guarantees": -> ending_talks_with_guarantees
- closing_fits(closing) and closing == "our-terms": -> ending_talks_on_our_terms
- closing_fits(closing) and closing == "home-front": -> ending_home_front_first
- audience >= 70 and opened < majority(): -> ending_audience_not_table
- else: -> ending_deadlock
}
