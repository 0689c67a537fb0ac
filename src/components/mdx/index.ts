/** The components MDX files may use, in one place. `src/lib/mdx-components.ts` lists the same names for the check. */
/* eslint-disable @typescript-eslint/no-unsafe-assignment -- typescript-eslint cannot see .astro module types; `astro check` types this file. */
import Cite from '../Cite.astro';
import DealCard from '../DealCard.astro';
import WorldMap from '../charts/world-map/WorldMap.astro';
import Timeline from '../charts/timeline/Timeline.astro';
import PeopleChart from '../charts/people/PeopleChart.astro';
import StatusLegend from '../StatusLegend.astro';
import Vocabulary from '../Vocabulary.astro';
import ReviewDate from '../ReviewDate.astro';
import Callout from './Callout.astro';
import PullQuote from './PullQuote.astro';
import Figure from './Figure.astro';
import Fact from './Fact.astro';
import Scrolly from './Scrolly.astro';
import Step from './Step.astro';

export const storyComponents = {
  Cite,
  DealCard,
  WorldMap,
  Timeline,
  PeopleChart,
  Callout,
  PullQuote,
  Figure,
  Fact,
  Scrolly,
  Step,
};
export const pageComponents = { ...storyComponents, StatusLegend, Vocabulary, ReviewDate };
