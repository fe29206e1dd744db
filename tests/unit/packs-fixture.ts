/** A small valid pack, built fresh for each test so tests can break it in their own way. */
export function validPack(id = 'test-pack') {
  return {
    id,
    name: 'Test pack',
    version: '1.0.0',
    licence: 'CC BY 4.0',
    sources: [
      {
        id: `${id}-src`,
        title: 'Quasar Lab annual report',
        publisher: 'Quasar Lab',
        url: 'https://example.org/quasar-report',
        kind: 'official',
        accessed: '2026-11-01',
      },
    ],
    entities: [
      {
        id: `${id}-quasar-lab`,
        category: 'organisation',
        kind: 'institute',
        name: 'Quasar Robotics Lab',
        native: {
          hans: '类星机器人实验室',
          citation: { source: `${id}-src`, quote: '类星机器人实验室成立于2019年。' },
        },
        aliases: [{ text: 'QRL', match: 'case' }],
        summary: 'A robotics lab used as test data.',
        facts: [1, 2, 3].map((n) => ({
          text: `Fact ${n} about the lab.`,
          citations: [{ source: `${id}-src`, quote: `Quote ${n} from the report.` }],
        })),
        relations: [
          {
            type: 'collaborates_with',
            target: 'baai',
            citation: { source: `${id}-src`, quote: 'The lab works with BAAI.' },
          },
        ],
      },
    ],
  };
}

export const packText = (p: unknown) => JSON.stringify(p);
