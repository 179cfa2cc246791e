import { Alert, Button, Card, FileButton, Grid, Group, NumberInput, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDatabase, IconDownload, IconUpload } from '@tabler/icons-react';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scoreIid } from '../../../domain/iid/engine';
import { actionLines, applyAction, greedyPlan, type SimAction } from '../../../domain/iid/simulator';
import type { Framework, ScoreInput } from '../../../domain/iid/types';
import { scoreInputProblems, scoreInputSchema, zodProblems } from '../../../domain/iid/validate';
import { translate } from '../../../domain/messages';
import { downloadJson, readJsonFile } from '../../lib/download';
import { AnswerSelect } from '../../ui/AnswerSelect';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorState, LoadingState } from '../../ui/states';
import { fetchPeriodState, useFrameworkChoices, useFrameworkData } from '../api/simulation';
import { ActionsPanel, NotApprovedContext, PlanPanel } from './ActionsPanel';
import { InnovationsCard } from './InnovationsCard';
import { ScorePanel, VariableBreakdown } from './ScorePanel';
import { useSimulationState } from './useSimulationState';

export function SimulationPage({ focus, onClearFocus }: { focus?: string; onClearFocus?: () => void }) {
  const { t } = useTranslation();
  const state = useSimulationState('iid-2026');
  const choices = useFrameworkChoices();
  const data = useFrameworkData(state.frameworkId);

  return (
    <Stack>
      <PageHeader title={t('simulation.title')} description={t('simulation.intro')} />
      <Group align="flex-end">
        <Select
          label={t('simulation.framework')}
          w={320}
          allowDeselect={false}
          data={(choices.data ?? []).map((f) => ({ value: f.id, label: `${f.name}${f.builtIn ? '' : ` (${f.id})`}` }))}
          value={state.frameworkId}
          onChange={(v) => v && state.setFrameworkId(v)}
        />
      </Group>
      {data.isLoading && <LoadingState />}
      {data.error && <ErrorState error={data.error} onRetry={() => data.refetch()} />}
      {data.data && (
        <Simulator
          framework={data.data.framework}
          input={state.input}
          setInput={state.setInput}
          onFramework={state.setFrameworkId}
          restored={state.restored}
          focus={focus}
          onClearFocus={onClearFocus}
        />
      )}
    </Stack>
  );
}

/** Where the simulated data came from, shown above the score so nobody mistakes a sandbox for the region. */
type Source = { year: number; basis: 'claimed' | 'verified'; edited: boolean } | null;

function Simulator({
  framework,
  input,
  setInput: setStateInput,
  onFramework,
  restored,
  focus,
  onClearFocus,
}: {
  framework: Framework;
  input: ScoreInput;
  setInput: (i: ScoreInput) => void;
  onFramework: (id: string) => void;
  restored: boolean;
  /** An indicator code from the dashboard's heatmap: show only the actions that raise it. */
  focus?: string;
  onClearFocus?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [fileError, setFileError] = useState<string | null>(null);
  const [steps, setSteps] = useState(10);
  const [newMaturity, setNewMaturity] = useState<number | ''>('');
  // Typing stays smooth on big regions: ranking runs on the deferred value.
  const deferred = useDeferredValue(input);
  const stale = deferred !== input;
  const result = useMemo(() => scoreIid(framework, input), [framework, input]);
  const options = { newInnovationMaturity: newMaturity === '' ? undefined : newMaturity };
  // One line per indicator; region statistics (cannot change this year) apart from the actions.
  const lines = useMemo(
    () => actionLines(framework, deferred, { ...options, limit: 10, filter: focus ? (a) => 'code' in a && a.code === focus : undefined }),
    [framework, deferred, newMaturity, focus],
  );
  const plan = useMemo(() => greedyPlan(framework, deferred, steps, { ...options, excludeStatistics: true }), [framework, deferred, steps, newMaturity]);
  const spd = framework.indicators.filter((i) => i.aspect === 'SPD');
  const locale = i18n.language === 'en' ? 'en' : 'id';

  const [source, setSource] = useState<Source>(null);
  const [notApproved, setNotApproved] = useState<ReadonlySet<string>>(new Set());
  // Any change the user makes; a period load started on arrival never overwrites it.
  const touched = useRef(false);
  const setInput = (next: ScoreInput, from: Source = null) => {
    touched.current = true;
    setSource((s) => from ?? (s ? { ...s, edited: true } : null));
    setStateInput(next);
  };

  const [loadingPeriod, setLoadingPeriod] = useState<'claimed' | 'verified' | null>(null);
  const loadPeriod = async (basis: 'claimed' | 'verified', onArrival = false) => {
    setFileError(null);
    setLoadingPeriod(basis);
    try {
      const state = await fetchPeriodState(basis);
      if (onArrival && touched.current) return;
      setNotApproved(new Set(state.innovations.filter((inv) => inv.status !== 'disetujui').map((inv) => inv.id)));
      setInput(
        { region: state.region, innovations: state.innovations.map(({ entryId: _entryId, status: _status, ...inv }) => inv) },
        { year: state.year, basis, edited: false },
      );
      if (state.framework !== framework.id) onFramework(state.framework);
    } catch (e) {
      // On arrival a missing period is no error to show: the simulator then starts empty.
      if (!onArrival) setFileError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoadingPeriod(null);
    }
  };

  // Arriving from the heatmap, or for the first time on this device: score the region's real state (the
  // options chosen), not an empty sandbox that reads "Tidak Dapat Dinilai".
  useEffect(() => {
    if (focus) void loadPeriod('claimed');
    else if (!restored) void loadPeriod('claimed', true);
  }, [focus]);

  const apply = (a: SimAction) => setInput(applyAction(framework, input, a));
  const applyPlan = () => setInput(plan.reduce((acc, step) => applyAction(framework, acc, step.action), input));

  const onFile = async (file: File | null) => {
    if (!file) return;
    setFileError(null);
    try {
      const raw = (await readJsonFile(file)) as { framework?: unknown };
      const parsed = scoreInputSchema.safeParse(raw);
      if (!parsed.success)
        throw new Error(
          zodProblems(parsed.error)
            .map((p) => `${p.path}: ${translate(p.code, locale, p.params)}`)
            .join('; '),
        );
      const problems = scoreInputProblems(framework, parsed.data);
      if (problems.length)
        throw new Error(
          problems
            .slice(0, 5)
            .map((p) => `${p.path}: ${translate(p.code, locale, p.params)}`)
            .join('; '),
        );
      setInput(parsed.data);
      setSource(null);
      setNotApproved(new Set());
      if (typeof raw.framework === 'string' && raw.framework !== framework.id) onFramework(raw.framework);
    } catch (e) {
      setFileError(t('simulation.invalidFile', { message: e instanceof SyntaxError ? t('frameworks.invalidJson') : (e as Error).message }));
    }
  };

  return (
    <NotApprovedContext.Provider value={notApproved}>
      <Stack>
        <Group gap="xs">
          <FileButton onChange={onFile} accept="application/json,.json">
            {(props) => (
              <Button {...props} variant="light" leftSection={<IconUpload size={16} />}>
                {t('simulation.upload')}
              </Button>
            )}
          </FileButton>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            onClick={() => downloadJson(`simulasi-${framework.id}.json`, { framework: framework.id, ...input })}
          >
            {t('simulation.download')}
          </Button>
          <Button variant="light" leftSection={<IconDatabase size={16} />} loading={loadingPeriod === 'claimed'} onClick={() => loadPeriod('claimed')}>
            {t('simulation.loadPeriod')}
          </Button>
          <Button
            variant="light"
            color="teal"
            leftSection={<IconDatabase size={16} />}
            loading={loadingPeriod === 'verified'}
            onClick={() => loadPeriod('verified')}
          >
            {t('simulation.loadVerified')}
          </Button>
          <Button
            variant="subtle"
            color="gray"
            onClick={() => {
              setInput({ region: { answers: {} }, innovations: [] });
              setSource(null);
              setNotApproved(new Set());
            }}
          >
            {t('simulation.startEmpty')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('simulation.uploadHint')}
        </Text>
        {fileError && (
          <Alert color="red" withCloseButton onClose={() => setFileError(null)}>
            {fileError}
          </Alert>
        )}
        {source && (
          <Alert color={source.basis === 'claimed' ? 'blue' : 'teal'} variant="light" p="xs" data-testid="sim-source">
            {t(source.basis === 'claimed' ? 'simulation.sourceClaimed' : 'simulation.sourceVerified', { year: source.year })}
            {source.edited ? ` ${t('simulation.sourceEdited')}` : ''}
          </Alert>
        )}
        {!source && restored && input.innovations.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('simulation.restored')}
          </Text>
        )}
        <Grid>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack>
              <ScorePanel framework={framework} result={result} />
              <VariableBreakdown result={result} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            {/* While the ranking catches up with a change (it runs on the deferred input), the old actions are
                dimmed and cannot be applied: they belong to the data before the change. */}
            <Stack
              aria-busy={stale}
              data-testid="actions-column"
              style={{ opacity: stale ? 0.5 : 1, pointerEvents: stale ? 'none' : undefined, transition: 'opacity 150ms' }}
            >
              {focus && (
                <Alert color="blue" variant="light" withCloseButton onClose={onClearFocus} closeButtonLabel={t('common.close')} data-testid="focus">
                  {t('simulation.focus', { code: focus, name: framework.indicators.find((i) => i.code === focus)?.name ?? '' })}
                </Alert>
              )}
              <ActionsPanel framework={framework} lines={lines.actions} onApply={apply} />
              {lines.statistics.length > 0 && (
                <ActionsPanel
                  framework={framework}
                  lines={lines.statistics}
                  onApply={apply}
                  title={t('simulation.lines.statistics')}
                  hint={t('simulation.lines.statisticsHint')}
                  testId="statistic-lines"
                />
              )}
              <NumberInput
                label={t('simulation.newMaturity')}
                w={280}
                min={0}
                max={result.maturityMax}
                decimalSeparator={locale === 'en' ? '.' : ','}
                placeholder={result.averageMaturity ? String(result.averageMaturity).replace('.', locale === 'en' ? '.' : ',') : undefined}
                value={newMaturity}
                onChange={(v) => setNewMaturity(v === '' ? '' : Number(v))}
              />
              <PlanPanel framework={framework} plan={plan} steps={steps} onSteps={setSteps} onApply={applyPlan} />
            </Stack>
          </Grid.Col>
        </Grid>
        <Card withBorder>
          <Title order={3} fz="h5" mb="sm">
            {t('simulation.regionAnswers')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs">
            {spd.map((ind) => (
              <AnswerSelect
                key={ind.code}
                indicator={ind}
                label={`${ind.code}. ${locale === 'en' && ind.nameEn ? ind.nameEn : ind.name}`}
                value={input.region.answers[ind.code] ?? 0}
                onChange={(v) => setInput({ ...input, region: { answers: { ...input.region.answers, [ind.code]: v } } })}
              />
            ))}
          </SimpleGrid>
        </Card>
        <InnovationsCard
          framework={framework}
          innovations={input.innovations}
          result={result}
          onChange={(innovations) => setInput({ ...input, innovations })}
        />
      </Stack>
    </NotApprovedContext.Provider>
  );
}
