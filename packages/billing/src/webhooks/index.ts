export { type ApplyContext, applyStripeEvent, type BillingNotice, type EventOutcome } from './apply-event';
export { type EventTarget, type HandledEventType, targetOfEvent } from './event-target';
export { isLiveStatus, type LinkedSubscription, linkLatestSubscription } from './link-subscription';
export { verifyStripeEvent } from './verify-event';
