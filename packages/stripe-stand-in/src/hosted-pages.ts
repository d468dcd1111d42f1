import type { ServerResponse } from 'node:http';
import { completeCheckout, successRedirect } from './checkout';
import type { CheckoutSessionShape, SubscriptionShape } from './shapes';
import type { StandInState } from './state';

export interface HostedPagesContext {
  state: StandInState;
  /** Runs after the hosted page completed a checkout, before the browser is redirected (webhooks). */
  afterCheckout: (session: CheckoutSessionShape, subscription: SubscriptionShape) => Promise<void>;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(response: ServerResponse, status: number, title: string, body: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  response.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
      `<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`,
  );
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(303, { location });
  response.end();
}

/**
 * The pages a browser is sent to: `GET /checkout/:id` pays at once (completes the session, delivers the
 * webhooks, then 303 to the success_url); `GET /checkout/:id/cancel` goes back to the cancel_url;
 * `GET /portal/:id` shows a link back to the return_url. Answers false for any other path.
 */
export async function handleHostedPage(
  context: HostedPagesContext,
  path: string,
  response: ServerResponse,
): Promise<boolean> {
  const checkout = /^\/checkout\/([^/]+)(\/cancel)?$/.exec(path);
  if (checkout?.[1]) {
    const session = context.state.checkoutSessions.get(checkout[1]);
    if (!session)
      page(response, 404, 'Checkout session not found', '<p>Start the checkout again from the app.</p>');
    else if (checkout[2]) cancelCheckout(session, response);
    else await payCheckout(context, session, response);
    return true;
  }
  const portal = /^\/portal\/([^/]+)$/.exec(path);
  if (portal?.[1]) {
    const session = context.state.portalSessions.get(portal[1]);
    if (!session)
      page(response, 404, 'Portal session not found', '<p>Open the billing portal again from the app.</p>');
    else {
      const back = session.return_url
        ? `<a href="${escapeHtml(session.return_url)}">Return to the app</a>`
        : '';
      page(
        response,
        200,
        'Billing portal (Stripe stand-in)',
        `<p>Customer ${escapeHtml(session.customer)}</p>${back}`,
      );
    }
    return true;
  }
  return false;
}

function cancelCheckout(session: CheckoutSessionShape, response: ServerResponse): void {
  if (session.cancel_url) redirect(response, session.cancel_url);
  else page(response, 200, 'Checkout canceled', '<p>This checkout has no cancel_url.</p>');
}

async function payCheckout(
  context: HostedPagesContext,
  session: CheckoutSessionShape,
  response: ServerResponse,
): Promise<void> {
  if (session.status === 'expired') {
    page(
      response,
      410,
      'Checkout expired',
      '<p>This checkout session has expired. Start again from the app.</p>',
    );
    return;
  }
  // A second visit to a completed session redirects again without a second subscription.
  if (session.status === 'open') {
    const { subscription } = completeCheckout(context.state, session.id);
    await context.afterCheckout(session, subscription);
  }
  redirect(response, successRedirect(session));
}
