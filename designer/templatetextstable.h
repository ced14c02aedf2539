// SPDX-License-Identifier: MIT
#pragma once
// Included once, by templatetexts.cpp: the texts of the bundled templates for lupdate and
// sd::translatedTemplateText. Kept apart because it is long data, not logic.

#include <QtGlobal>

namespace sd::templatetexts {

struct Entry
{
    const char *source;
    const char *fileName;
};

// Generated from resources/templates/*.sequence.json: every template title, category, sequence
// name and description, step name and step description. tst_designertemplatetexts fails, listing
// the line to add here, when a template file holds a text this table does not.
const Entry table[] = {
    QT_TRANSLATE_NOOP3("Templates", "Upcoming account renewal", "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Renewals", "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Prepare and close the renewal of an account over about seven weeks: check "
                       "the contract, pitch add-ons, agree on a quote and get it signed. The steps "
                       "go to the account manager named on the account.",
                       "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Verify the renewal details", "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Check the contract end date, the products and licences in use, and the "
                       "price the customer pays today.",
                       "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Email the renewal reminder", "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3(
        "Templates",
        "Tell the customer that the renewal is coming up and that you will be in touch about it.",
        "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Wait one week", "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Give the customer a week to look at their needs.",
                       "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Research add-ons for the account",
                       "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3(
        "Templates",
        "Find the products and upgrades that fit how the customer uses what they have.",
        "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Call to pitch the renewal", "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Talk through the renewal and the add-ons that fit, and listen for changes "
                       "in the customer's plans.",
                       "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Share the action items from the call",
                       "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Write down what you and the customer agreed to do, and send it to them.",
                       "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Wait three days", "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Give the customer time to work on their action items.",
                       "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Email to set up a follow-up meeting",
                       "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Propose a meeting to settle the scope of the renewal.",
                       "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Wait ten days", "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Leave room for the meeting before you prepare the quote.",
                       "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Prepare the renewal quote", "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Put the agreed products, add-ons and prices into a quote.",
                       "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Get the quote approved", "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3(
        "Templates",
        "Have the discount and terms approved internally before the customer sees them.",
        "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Allow a week for the internal approval.",
                       "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Call to present the quote", "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Walk the customer through the quote and answer their questions.",
                       "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Email the quote", "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Send the quote with a short summary of what you discussed on the call.",
                       "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Wait two weeks", "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Give the customer two weeks to review the quote with their team.",
                       "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Call to finalise the renewal",
                       "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Settle the last questions and agree on when the contract is signed.",
                       "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Wait nine days", "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "The time the customer needs to sign, up to the renewal date.",
                       "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Get the renewal signed", "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3(
        "Templates",
        "Make sure the contract is signed before the renewal date, and update the account.",
        "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Send a thank-you email", "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3(
        "Templates",
        "Thank the customer for renewing, and tell them who to contact for anything they need.",
        "account-renewal.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Invite to an upcoming event",
                       "event-invitation.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Events", "event-invitation.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Invite contacts to an event with a personal email, confirm those who "
                       "reply, follow up with those who do not, and call the ones who stay silent.",
                       "event-invitation.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Send a personal invitation", "event-invitation.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Write to the contact personally: why the event is worth their time, the "
                       "date and place, and how to sign up.",
                       "event-invitation.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Replied within three days?", "event-invitation.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Yes as soon as the contact replies to the invitation; No after three days "
                       "without a reply.",
                       "event-invitation.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Confirm the contact's place",
                       "event-invitation.sequence.json"),
    QT_TRANSLATE_NOOP3(
        "Templates",
        "Confirm the registration with the date, time and address. If the contact wrote that they "
        "cannot come, thank them and offer to keep them posted about future events.",
        "event-invitation.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Send a follow-up about the event",
                       "event-invitation.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "A short reminder of the invitation, with one new reason to come (a "
                       "speaker, a topic, who else will be there).",
                       "event-invitation.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Replied within two days?", "event-invitation.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Yes as soon as the contact replies: answer them yourself, and the sequence "
                       "ends on this path. No after two days without a reply.",
                       "event-invitation.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Call to invite the contact", "event-invitation.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "No reply to two emails: invite the contact in person. If they say yes, "
                       "confirm their place; if they cannot come, mark them for future events.",
                       "event-invitation.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Follow up when contacts don't show up",
                       "follow-up-no-show.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Meetings", "follow-up-no-show.sequence.json"),
    QT_TRANSLATE_NOOP3(
        "Templates",
        "For contacts who missed a meeting with you: email them about it, call them, and offer a "
        "new time. When the contact cannot be reached, find someone else at the company to meet.",
        "follow-up-no-show.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Email the contact about the missed meeting",
                       "follow-up-no-show.sequence.json"),
    QT_TRANSLATE_NOOP3(
        "Templates",
        "Say that you missed them today, keep it friendly, and ask whether another time suits them "
        "better. Mention what you planned to cover so the meeting still feels worth it.",
        "follow-up-no-show.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Replied within a day?", "follow-up-no-show.sequence.json"),
    QT_TRANSLATE_NOOP3(
        "Templates",
        "Yes as soon as the contact replies to your email; No when a day passes without a reply.",
        "follow-up-no-show.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Call to share the meeting details",
                       "follow-up-no-show.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "The contact replied: call them, agree on a new time, and go through what "
                       "the meeting was going to cover so they come prepared.",
                       "follow-up-no-show.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Call the contact to reschedule",
                       "follow-up-no-show.sequence.json"),
    QT_TRANSLATE_NOOP3(
        "Templates",
        "No reply yet: call, check that everything is all right, and offer a new meeting time.",
        "follow-up-no-show.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Did the contact answer?", "follow-up-no-show.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Yes when the call was made or the contact called you back: discuss the "
                       "missed meeting and agree on a new time on the call, and the sequence ends "
                       "here. No when you could not reach them.",
                       "follow-up-no-show.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Wait two days", "follow-up-no-show.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Give the contact two days before you write again.",
                       "follow-up-no-show.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Email to propose a new meeting",
                       "follow-up-no-show.sequence.json"),
    QT_TRANSLATE_NOOP3(
        "Templates",
        "Suggest two or three concrete times, and offer a shorter meeting if time was the problem.",
        "follow-up-no-show.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Wait two days for a reply", "follow-up-no-show.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Leave the proposal two days to be answered before you look elsewhere.",
                       "follow-up-no-show.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Reach other contacts at the company",
                       "follow-up-no-show.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "If the contact has not replied to your proposal, find a colleague of "
                       "theirs who can take the meeting, or ask the account owner who else to talk "
                       "to. If they did reply, book the meeting instead.",
                       "follow-up-no-show.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "High volume outbound prospecting",
                       "high-volume-outbound.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Prospecting", "high-volume-outbound.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Work through a large list of new leads quickly: an automated introduction, "
                       "a well-prepared call, and an automated follow-up with one last call for "
                       "the leads you cannot reach. A lead who replies to any email leaves the "
                       "sequence, so you can take over personally.",
                       "high-volume-outbound.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Send the introduction email",
                       "high-volume-outbound.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Sent automatically when the lead joins the sequence: who you are and why "
                       "you are getting in touch.",
                       "high-volume-outbound.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Wait four days", "high-volume-outbound.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Give the lead time to read the introduction before you call.",
                       "high-volume-outbound.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Research the lead on LinkedIn",
                       "high-volume-outbound.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Look at the lead's role, company and recent posts, so your call is about "
                       "their situation rather than your product.",
                       "high-volume-outbound.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Call the lead", "high-volume-outbound.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Introduce yourself, refer to the email, and find out whether there is a "
                       "need worth a meeting.",
                       "high-volume-outbound.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Did the lead answer?", "high-volume-outbound.sequence.json"),
    QT_TRANSLATE_NOOP3(
        "Templates",
        "Yes when the call was made or the lead called you back; No when you could not reach them.",
        "high-volume-outbound.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Schedule a meeting", "high-volume-outbound.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "The lead answered: book the meeting you agreed on, and send them a "
                       "LinkedIn invitation so you stay connected.",
                       "high-volume-outbound.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Send the follow-up email",
                       "high-volume-outbound.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Sent automatically when the call did not connect: a short note that you "
                       "tried to call and how to reach you.",
                       "high-volume-outbound.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Wait five days", "high-volume-outbound.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Give the lead time to answer the follow-up before the last attempt.",
                       "high-volume-outbound.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Make a final call", "high-volume-outbound.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "The last attempt. If you still cannot reach the lead, disqualify it with "
                       "the status reason Cannot Contact.",
                       "high-volume-outbound.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Meeting for product demo requests",
                       "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Meetings", "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "When a customer asks for a product demo: thank them, get to know them, and "
                       "book the demo by email or, when they do not reply, by phone.",
                       "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Thank the customer for the request",
                       "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Sent automatically when the opportunity joins the sequence: thanks for the "
                       "interest and a promise to be in touch about a time.",
                       "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Research the requester on LinkedIn",
                       "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Learn the requester's role and what their company does, so the demo shows "
                       "what matters to them.",
                       "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Connect on LinkedIn", "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Send an invitation with a short note that refers to their demo request.",
                       "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Wait one day", "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Leave a day between the thank-you and the request for a time.",
                       "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Email to ask for a demo slot",
                       "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Propose two or three times for the demo, and ask who else should join.",
                       "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Replied within two days?",
                       "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Yes as soon as the customer replies; No after two days without a reply.",
                       "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Hold the meeting and give the demo",
                       "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Send the calendar invitation (the Demo confirmation template helps), shape "
                       "the demo around what you learned, and hold it.",
                       "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Call to book the demo", "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "No reply to the email: call and agree on a time for the demo.",
                       "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Did the customer answer?",
                       "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3(
        "Templates",
        "Yes when the call was made or the customer called you back: the demo is booked on the "
        "call, and the sequence ends here. No when you could not reach them.",
        "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Wait two days", "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Give the customer two days before the next attempt.",
                       "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Make a follow-up call", "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Try once more to book the demo. If you still cannot reach the customer, "
                       "close the opportunity as lost.",
                       "product-demo-meeting.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Webinar follow up", "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Events", "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Follow up with leads who attended a webinar: thank them, qualify those who "
                       "reply, and follow up by email and phone with those who do not. Leads who "
                       "never reply are disqualified.",
                       "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Thank the lead for attending",
                       "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Sent automatically after the webinar: thanks for attending, with the "
                       "recording and slides.",
                       "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Replied within two days?", "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3(
        "Templates",
        "Yes as soon as the lead replies to the thank-you; No after two days without a reply.",
        "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Send a confirmation email", "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3(
        "Templates", "Answer the lead's reply and confirm the next step you offer, such as a demo.",
        "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Qualify the lead and book a demo",
                       "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Check budget, need and timing; qualify the lead and book a demo of what "
                       "they saw in the webinar.",
                       "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Send a follow-up email", "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3(
        "Templates", "Remind the lead of the webinar's main point and offer a short conversation.",
        "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Call the lead", "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3(
        "Templates",
        "Ask what they thought of the webinar and whether the topic is a priority for them.",
        "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Did the lead answer?", "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Yes when the call was made or the lead called you back: take it from there "
                       "on the call, and the sequence ends here. No when you could not reach them.",
                       "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Wait two days", "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Give the lead two days before the last email.",
                       "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Send a final email", "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3(
        "Templates",
        "A short last message: ask whether you should stay in touch, or close the file.",
        "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Replied within three days?",
                       "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Yes as soon as the lead replies: answer them yourself, and the sequence "
                       "ends on this path. No after three days without a reply.",
                       "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates", "Disqualify the lead as no longer interested",
                       "webinar-follow-up.sequence.json"),
    QT_TRANSLATE_NOOP3("Templates",
                       "Sets the status reason to No Longer Interested, so the lead leaves the "
                       "sellers' work lists.",
                       "webinar-follow-up.sequence.json"),
};

} // namespace sd::templatetexts
