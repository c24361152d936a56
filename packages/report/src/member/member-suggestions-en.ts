/** Suggestions for members, two per dimension of the default framework (DESIGN §5), English. */
export const suggestionsEn: Readonly<Record<string, readonly [string, string]>> = {
  D1: [
    'Source more key inputs from suppliers inside the cluster: ask the association for its supplier directory.',
    'Map which links of the chain your customers and suppliers cover, and look for missing ones nearby.',
  ],
  D2: [
    'Use the public testing and inspection platform instead of sending samples out of the region.',
    'Share equipment, logistics or warehousing with neighbouring firms to cut fixed costs.',
  ],
  D3: [
    'Move one or two key suppliers within an hour’s reach, or agree faster delivery slots with local ones.',
    'Track design-to-production time for every new product and set a target to shorten it.',
  ],
  D4: [
    'Start a joint project with a university or research institute; the association can broker contacts.',
    'Join an industrial-internet platform to connect orders, production and quality data.',
  ],
  D5: [
    'Take part in a project with at least three cluster partners, such as joint purchasing or a shared standard.',
    'Join the industry association’s working groups to build trust with peers.',
  ],
  D6: [
    'Use the regional or collective brand on your products and in export marketing.',
    'Test one new export market with the support of trade fairs or cross-border e-commerce.',
  ],
  D7: [
    'Write down your position in the chain and your key customers, and review it each year.',
    'Develop one product line on your own technology or intellectual property.',
  ],
  D8: [
    'Read the local cluster-support policy and check which measures fit your plans.',
    'Apply for one support measure this year, for example for digital upgrades or training.',
  ],
};
