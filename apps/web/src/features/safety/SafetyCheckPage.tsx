/**
 * The first-run safety check. Secure Base is for ordinary insecurity; if a person may be in
 * an unsafe or controlling relationship, the kind thing is to say so gently and point to help.
 * The answers are a record like any other: encrypted, on this device only.
 */
import {
  SAFETY_QUESTIONS,
  type SafetyCheckBody,
  type SafetyQuestion,
  safetyConcern,
} from '@securebase/core';
import { useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useLocation } from 'wouter';
import { useVault } from '../../session/index.ts';
import { Button, LinkButton, Page } from '../../ui/index.ts';
import { HelplineList } from './HelplineList.tsx';

const QUESTIONS: Record<SafetyQuestion, string> = {
  fear: 'Do you ever feel afraid of your partner?',
  monitored:
    'Does your partner check your phone, messages or whereabouts when you would rather they didn’t?',
  isolated: 'Does your partner keep you from seeing friends or family, or make it hard?',
  threats: 'Has your partner threatened you, or threatened to hurt themselves if you leave?',
  violence: 'Has your partner ever pushed, hit, held you down or hurt you?',
};

type Answers = SafetyCheckBody['answers'];

export function SafetyCheckPage() {
  const vault = useVault();
  const [, navigate] = useLocation();
  const [answers, setAnswers] = useState<Answers>({});
  const [result, setResult] = useState<'concern' | 'ok' | null>(null);

  const save = async (a: Answers) => {
    const body: SafetyCheckBody = { at: Date.now(), answers: a };
    await vault.create('safety-check', body);
    setResult(safetyConcern(body) ? 'concern' : 'ok');
  };

  if (result === 'concern') return <Concern />;
  if (result === 'ok')
    return (
      <Page
        title="Thank you"
        lede="Secure Base is made for the everyday worries of being close to someone. You can take this check again any time from Help."
      >
        <Button variant="primary" block onPress={() => navigate('/')}>
          Go to home
        </Button>
      </Page>
    );
  return (
    <Page
      title="Before you start: a short safety check"
      lede="Five questions, about a minute. Your answers stay on this device, encrypted. There are no wrong answers, and you can skip any of them."
    >
      {SAFETY_QUESTIONS.map((q) => (
        <RadioGroup
          key={q}
          className="field card"
          value={answers[q] ?? null}
          onChange={(v) => setAnswers((a) => ({ ...a, [q]: v as Answers[SafetyQuestion] }))}
          orientation="horizontal"
        >
          <Label className="label">{QUESTIONS[q]}</Label>
          <div className="scale" data-size="5" style={{ gridTemplateColumns: 'repeat(3, 1fr)' }}>
            <Radio value="no" className="choice">
              No
            </Radio>
            <Radio value="sometimes" className="choice">
              Sometimes
            </Radio>
            <Radio value="yes" className="choice">
              Yes
            </Radio>
          </div>
        </RadioGroup>
      ))}
      <Button variant="primary" block big onPress={() => save(answers)}>
        Done
      </Button>
      <Button
        variant="quiet"
        block
        onPress={async () => {
          await save(Object.fromEntries(SAFETY_QUESTIONS.map((q) => [q, 'skip'])));
          navigate('/');
        }}
      >
        Skip for now
      </Button>
    </Page>
  );
}

function Concern() {
  return (
    <Page
      title="Thank you for answering honestly"
      lede="Some of what you shared can be a sign that a relationship isn't safe. You deserve to feel safe, and you don't have to work this out alone."
    >
      <div className="notice stack">
        <p>
          Secure Base is made for ordinary worries about closeness and distance. It isn't the right
          tool for coping with a partner who frightens, controls or hurts you, and it won't coach
          you on how to keep someone like that happy.
        </p>
        <p>
          The people below are trained to listen, without judging and without telling you what to
          do. Calls are free and confidential.
        </p>
      </div>
      <p>
        <strong>If you are in danger right now, call your local emergency number</strong> (911, 999,
        112 or 000).
      </p>
      <HelplineList />
      <p className="meta">
        If someone may be checking this phone, it can be safer to call from another phone, or to
        delete this app’s data in Settings.
      </p>
      <LinkButton href="/help">Add a local service</LinkButton>
      <LinkButton href="/" variant="quiet">
        Continue to Secure Base
      </LinkButton>
    </Page>
  );
}
