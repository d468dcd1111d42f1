import { m } from '~/paraglide/messages';

const QUESTIONS = [
  [m.landing_faq_fork_question, m.landing_faq_fork_answer],
  [m.landing_faq_billing_question, m.landing_faq_billing_answer],
  [m.landing_faq_hosting_question, m.landing_faq_hosting_answer],
  [m.landing_faq_data_question, m.landing_faq_data_answer],
] as const;

/** Questions that open with the platform's <details>: no script. */
export function LandingFaq() {
  return (
    <section aria-labelledby="faq-title" className="mx-auto max-w-2xl pb-16">
      <h2 id="faq-title" className="text-center text-2xl font-bold tracking-tight">
        {m.landing_faq_title()}
      </h2>
      <div className="mt-8 divide-y divide-border rounded-lg border border-border">
        {QUESTIONS.map(([question, answer]) => (
          <details key={question()} className="group px-4">
            <summary className="cursor-pointer list-inside py-4 font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
              {question()}
            </summary>
            <p className="pb-4 text-muted-foreground">{answer()}</p>
          </details>
        ))}
      </div>
    </section>
  );
}
