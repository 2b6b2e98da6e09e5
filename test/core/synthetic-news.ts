/**
 * Deterministic made-up wire stories for retrieval tests: a seeded PRNG fills news-like templates (floods, quakes,
 * rate decisions, elections, mine accidents, earnings, protests, wildfires, droughts, ferries, trade, outbreaks)
 * with places, people, organisations and numbers. Several stories share each topic and place, some in East Africa,
 * so the right story must be told apart by its own sentences, not by its subject. Everything here is fictional.
 */
import { createRng, type Rng } from '../../scripts/synth/prng';
import type { StoryRecord } from '../../src/core/types';

const FIRST = [
  'Amina', 'Joseph', 'Halima', 'Daniel', 'Omar', 'Grace', 'Peter', 'Fatuma', 'Samuel', 'Mary', 'Ahmed', 'Lucia', 'Kenji',
  'Ingrid', 'Carlos', 'Priya', 'Tomasz', 'Elena', 'Mehmet', 'Sofia', 'Liam', 'Chloe', 'Arjun', 'Nadia', 'Pablo', 'Yuki',
  'Olga', 'Kwame', 'Aisha', 'Henrik', 'Marta', 'Rashid', 'Ana', 'Viktor', 'Leila', 'Jonas', 'Zanele', 'Tariq', 'Mei', 'Diego',
];
const LAST = [
  'Otieno', 'Mwangi', 'Wanjiru', 'Kiplagat', 'Hassan', 'Abdi', 'Njoroge', 'Achieng', 'Mutua', 'Ochieng', 'Tanaka', 'Larsen',
  'Moreno', 'Sharma', 'Kowalski', 'Petrova', 'Yilmaz', 'Rossi', 'Murphy', 'Dubois', 'Patel', 'Haddad', 'Garcia', 'Sato',
  'Ivanova', 'Mensah', 'Bello', 'Lindqvist', 'Nowak', 'Farouk', 'Silva', 'Novak', 'Karimi', 'Berg', 'Dlamini', 'Qureshi',
  'Chen', 'Herrera', 'Okafor', 'Fischer',
];
/** [town, region, country, capital, river] */
const PLACES: Array<[string, string, string, string, string]> = [
  ['Garsen', 'Tana River', 'Kenya', 'Nairobi', 'Tana'], ['Garissa', 'Garissa', 'Kenya', 'Nairobi', 'Tana'],
  ['Kisumu', 'Kisumu', 'Kenya', 'Nairobi', 'Nyando'], ['Hola', 'Tana River', 'Kenya', 'Nairobi', 'Tana'],
  ['Beledweyne', 'Hiiraan', 'Somalia', 'Mogadishu', 'Shabelle'], ['Kasese', 'Rwenzori', 'Uganda', 'Kampala', 'Nyamwamba'],
  ['Morogoro', 'Morogoro', 'Tanzania', 'Dodoma', 'Rufiji'], ['Gondar', 'Amhara', 'Ethiopia', 'Addis Ababa', 'Abay'],
  ['Beira', 'Sofala', 'Mozambique', 'Maputo', 'Pungwe'], ['Antofagasta', 'Antofagasta', 'Chile', 'Santiago', 'Loa'],
  ['Arequipa', 'Arequipa', 'Peru', 'Lima', 'Chili'], ['Cusco', 'Cusco', 'Peru', 'Lima', 'Urubamba'],
  ['Sendai', 'Miyagi', 'Japan', 'Tokyo', 'Natori'], ['Kumamoto', 'Kyushu', 'Japan', 'Tokyo', 'Kuma'],
  ['Izmir', 'Aegean', 'Turkey', 'Ankara', 'Gediz'], ['Bergen', 'Vestland', 'Norway', 'Oslo', 'Vosso'],
  ['Tromso', 'Troms', 'Norway', 'Oslo', 'Malselv'], ['Gdansk', 'Pomerania', 'Poland', 'Warsaw', 'Vistula'],
  ['Valencia', 'Valencia', 'Spain', 'Madrid', 'Turia'], ['Porto', 'Norte', 'Portugal', 'Lisbon', 'Douro'],
  ['Lyon', 'Auvergne', 'France', 'Paris', 'Rhone'], ['Dresden', 'Saxony', 'Germany', 'Berlin', 'Elbe'],
  ['Cebu', 'Central Visayas', 'Philippines', 'Manila', 'Mananga'], ['Chennai', 'Tamil Nadu', 'India', 'New Delhi', 'Adyar'],
  ['Sylhet', 'Sylhet', 'Bangladesh', 'Dhaka', 'Surma'], ['Medan', 'North Sumatra', 'Indonesia', 'Jakarta', 'Deli'],
  ['Kumasi', 'Ashanti', 'Ghana', 'Accra', 'Offin'], ['Kano', 'Kano', 'Nigeria', 'Abuja', 'Hadejia'],
  ['Durban', 'KwaZulu-Natal', 'South Africa', 'Pretoria', 'Umgeni'], ['Recife', 'Pernambuco', 'Brazil', 'Brasilia', 'Capibaribe'],
];
const COMPANIES = [
  'Kestrel Mining', 'Northwind Shipping', 'Atlas Foods', 'Meridian Bank', 'Solace Telecom', 'Cobalt Steel', 'Harbour Energy',
  'Pinnacle Motors', 'Verdant Agri', 'Lumen Chips', 'Orion Airlines', 'Basalt Cement', 'Juniper Pharma', 'Tidewater Ports',
];
const AGENCIES: Array<[string, string]> = [['Reuters', 'reuters'], ['AP', 'ap'], ['AFP', 'afp'], ['dpa', 'dpa']];
const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface Slots {
  rng: Rng;
  town: string;
  region: string;
  country: string;
  capital: string;
  river: string;
  company: string;
  person: () => string;
  day: () => string;
  n: (min: number, max: number) => string;
  year: () => string;
}

type Template = (s: Slots) => string;

interface Topic {
  name: string;
  titles: Template[];
  lead: Template[];
  body: Template[];
  quotes: string[];
  /** Who says the quotes: "a farmer", "the company's chief executive". */
  speakers: string[];
}

const TOPICS: Topic[] = [
  {
    name: 'floods',
    titles: [(s) => `Floods kill ${s.n(3, 90)} in ${s.country} as ${s.river} river rises`, (s) => `${s.country} evacuates villages along the ${s.river}`],
    lead: [
      (s) => `Floods in ${s.country}'s ${s.region} region have killed at least ${s.n(3, 90)} people and forced ${s.n(1000, 60000)} from their homes after the ${s.river} river burst its banks, officials said on ${s.day()}.`,
      (s) => `Rescue workers in ${s.country} used boats on ${s.day()} to reach families stranded by rising water in ${s.town}, where heavy rain has fallen for ${s.n(3, 12)} days.`,
    ],
    body: [
      (s) => `The ${s.country} Red Cross said ${s.n(200, 9000)} households had been displaced and that camps in ${s.town} were overcrowded.`,
      (s) => `Roads linking ${s.town} to ${s.capital} were cut and bridges were washed away in ${s.n(2, 30)} places.`,
      (s) => `Forecasters expect more rain over the ${s.region} highlands until the end of the month.`,
      (s) => `The government said it had released ${s.n(20, 900)} million in emergency funds for food, tents and clean water.`,
      (s) => `Aid agencies warned that stagnant water could spread cholera and malaria among people sheltering in schools.`,
      (s) => `Farmers said the floods had destroyed maize, rice and bean crops weeks before the harvest.`,
      (s) => `Floods in the same region killed more than ${s.n(40, 300)} people in ${s.year()}.`,
      (s) => `The ${s.river} river flows about ${s.n(300, 2000)} kilometres from the highlands to the sea.`,
    ],
    quotes: ['The water came in the night and took everything we had', 'We are doing all we can to reach the stranded families', 'We have never seen rain like this in our lives', 'The camps need clean water before disease spreads'],
    speakers: ['a spokesman for the interior ministry', 'the county commissioner', 'an aid worker', 'a farmer', 'a resident'],
  },
  {
    name: 'quake',
    titles: [(s) => `Magnitude ${s.n(5, 7)}.${s.n(0, 9)} quake strikes ${s.country}, ${s.n(2, 80)} dead`, (s) => `Earthquake shakes ${s.region}, buildings collapse in ${s.town}`],
    lead: [
      (s) => `A magnitude ${s.n(5, 7)}.${s.n(0, 9)} earthquake struck ${s.region} in ${s.country} on ${s.day()}, killing at least ${s.n(2, 80)} people and toppling buildings in ${s.town}, officials said.`,
      (s) => `Rescuers dug through rubble in ${s.town} on ${s.day()} after a strong earthquake hit ${s.country}'s ${s.region} region overnight.`,
    ],
    body: [
      (s) => `The quake was centred ${s.n(10, 120)} kilometres from ${s.town} at a depth of ${s.n(5, 60)} kilometres, the national seismology institute said.`,
      (s) => `More than ${s.n(20, 400)} aftershocks were recorded in the following ${s.n(6, 48)} hours.`,
      (s) => `Hospitals in ${s.town} treated ${s.n(30, 900)} injured people and appealed for blood donors.`,
      (s) => `Power and telephone lines were down across much of the region.`,
      (s) => `${s.country} sits on an active fault zone and suffers frequent earthquakes.`,
      (s) => `The president said the army would help clear roads and deliver tents to families sleeping outdoors.`,
    ],
    quotes: ['The whole house shook and then the wall fell on the car', 'We heard people calling for help under the stones', 'Our teams will work through the night'],
    speakers: ['a resident', 'the regional governor', 'a rescue coordinator', 'a shopkeeper'],
  },
  {
    name: 'rates',
    titles: [(s) => `${s.country} central bank raises rate to ${s.n(2, 18)}.${s.n(0, 9)}%`, (s) => `${s.country} holds interest rate as inflation eases`],
    lead: [
      (s) => `${s.country}'s central bank raised its benchmark interest rate by ${s.n(25, 150)} basis points to ${s.n(2, 18)}.${s.n(0, 9)}% on ${s.day()}, citing persistent inflation.`,
      (s) => `The central bank of ${s.country} left its main lending rate unchanged at ${s.n(2, 18)}.${s.n(0, 9)}% on ${s.day()}, saying price pressures were easing.`,
    ],
    body: [
      (s) => `Annual inflation slowed to ${s.n(2, 15)}.${s.n(0, 9)}% last month from ${s.n(3, 20)}.${s.n(0, 9)}% a month earlier, official data showed.`,
      (s) => `The currency has lost ${s.n(2, 30)}% against the dollar this year.`,
      (s) => `${s.n(6, 14)} of ${s.n(15, 20)} economists polled had expected the decision.`,
      (s) => `The bank said it would keep monitoring food and fuel prices.`,
      (s) => `Economic growth slowed to ${s.n(1, 6)}.${s.n(0, 9)}% in the second quarter.`,
    ],
    quotes: ['Inflation remains too high and we will act as needed', 'The committee sees risks on both sides', 'We expect price growth to ease next year'],
    speakers: ['the central bank governor', 'an economist at a local bank', 'a deputy governor'],
  },
  {
    name: 'election',
    titles: [(s) => `${s.country} votes in tight presidential race`, (s) => `Opposition leads early count in ${s.country}`],
    lead: [
      (s) => `Voters in ${s.country} went to the polls on ${s.day()} in a presidential election seen as a test for the ruling party after ${s.n(2, 15)} years in power.`,
      (s) => `${s.country}'s opposition candidate led with ${s.n(40, 60)}% of votes counted on ${s.day()}, the electoral commission said.`,
    ],
    body: [
      (s) => `About ${s.n(5, 90)} million people were registered to vote at ${s.n(10000, 60000)} polling stations.`,
      (s) => `Turnout in ${s.capital} was ${s.n(40, 80)}% by mid-afternoon, officials said.`,
      (s) => `Observers from the regional bloc said voting had been largely peaceful.`,
      (s) => `Final results are expected within ${s.n(2, 10)} days.`,
      (s) => `Police said ${s.n(3, 60)} people were arrested after clashes in ${s.town}.`,
    ],
    quotes: ['The people have spoken and we will respect their choice', 'We will not accept a stolen election', 'This vote is about jobs and prices'],
    speakers: ['the opposition candidate', 'the president', 'a voter', 'a ruling party spokesman'],
  },
  {
    name: 'mine',
    titles: [(s) => `${s.n(3, 40)} miners trapped after collapse in ${s.country}`, (s) => `Rescue teams reach trapped miners in ${s.region}`],
    lead: [
      (s) => `${s.n(3, 40)} miners were trapped underground on ${s.day()} after a tunnel collapsed at a ${s.company} copper mine near ${s.town} in ${s.country}, the company said.`,
      (s) => `Rescuers in ${s.country} drilled a new shaft on ${s.day()} to reach miners trapped ${s.n(200, 900)} metres below ground near ${s.town}.`,
    ],
    body: [
      (s) => `${s.company} said it had suspended operations at the site and opened an investigation.`,
      (s) => `The mine produces about ${s.n(50, 400)},000 tonnes of copper a year.`,
      (s) => `Relatives gathered at the gates of the mine waiting for news.`,
      (s) => `The mining ministry said inspectors had visited the site ${s.n(2, 11)} months ago.`,
      (s) => `Mining accidents killed ${s.n(10, 120)} workers in ${s.country} last year, union figures show.`,
    ],
    quotes: ['We will not stop until every man is out', 'My son went down on the night shift and has not come back', 'Safety rules were ignored for years'],
    speakers: ['the mining minister', 'the mother of a trapped miner', 'a union leader', 'a company spokesman'],
  },
  {
    name: 'earnings',
    titles: [(s) => `${s.company} profit rises ${s.n(2, 60)}% on strong demand`, (s) => `${s.company} cuts outlook, shares fall`],
    lead: [
      (s) => `${s.company} reported a ${s.n(2, 60)}% rise in quarterly net profit on ${s.day()}, helped by strong demand in ${s.country} and lower costs.`,
      (s) => `Shares in ${s.company} fell ${s.n(2, 25)}% on ${s.day()} after the company cut its full-year revenue forecast, blaming weak demand.`,
    ],
    body: [
      (s) => `Revenue rose to ${s.n(1, 40)}.${s.n(0, 9)} billion dollars from ${s.n(1, 40)}.${s.n(0, 9)} billion a year earlier.`,
      (s) => `The company said it would cut ${s.n(200, 9000)} jobs by the end of next year.`,
      (s) => `Analysts had expected earnings of ${s.n(10, 300)} cents a share.`,
      (s) => `Chief executive ${s.person()} said the company would invest in new plants in ${s.country}.`,
      (s) => `The board proposed a dividend of ${s.n(5, 90)} cents a share.`,
    ],
    quotes: ['Demand was stronger than we expected in every region', 'We are taking tough decisions to protect the business', 'The second half will be harder'],
    speakers: ["the company's chief executive", 'the chief financial officer', 'an analyst'],
  },
  {
    name: 'protest',
    titles: [(s) => `Thousands protest in ${s.capital} over fuel prices`, (s) => `Police fire tear gas at protesters in ${s.town}`],
    lead: [
      (s) => `Thousands of people marched through ${s.capital} on ${s.day()} to protest against rising fuel and food prices, the largest demonstration in ${s.country} in ${s.n(2, 10)} years.`,
      (s) => `Police in ${s.country} fired tear gas to disperse protesters in ${s.town} on ${s.day()}, witnesses said.`,
    ],
    body: [
      (s) => `Organisers said ${s.n(10, 200)},000 people took part; police put the figure at ${s.n(2, 30)},000.`,
      (s) => `Fuel prices have risen ${s.n(10, 80)}% since the government removed subsidies in ${s.rng.pick(MONTHS)}.`,
      (s) => `Shops in the city centre were closed and public transport was suspended.`,
      (s) => `The interior ministry said ${s.n(5, 90)} officers were injured and ${s.n(10, 300)} people arrested.`,
      (s) => `Unions have called a general strike for next week.`,
    ],
    quotes: ['We cannot feed our children at these prices', 'The government must listen to the street', 'Violence will not be tolerated'],
    speakers: ['a protester', 'an interior ministry spokesman', 'a union leader', 'a shopkeeper'],
  },
  {
    name: 'wildfire',
    titles: [(s) => `Wildfire forces evacuations near ${s.town}`, (s) => `${s.country} battles wildfires in heatwave`],
    lead: [
      (s) => `A wildfire fanned by strong winds forced the evacuation of ${s.n(500, 30000)} people near ${s.town} in ${s.country} on ${s.day()}, officials said.`,
      (s) => `Firefighters in ${s.country} struggled on ${s.day()} to contain more than ${s.n(10, 90)} wildfires as temperatures passed ${s.n(38, 46)} degrees Celsius.`,
    ],
    body: [
      (s) => `The fire has burned ${s.n(1000, 90000)} hectares of forest and farmland since ${s.day()}.`,
      (s) => `Water-bombing aircraft were sent from ${s.capital} and neighbouring countries.`,
      (s) => `At least ${s.n(10, 400)} homes were destroyed, the civil protection agency said.`,
      (s) => `Scientists say climate change is making heatwaves longer and more frequent.`,
    ],
    quotes: ['The flames were taller than the trees', 'We left with nothing but the car', 'The next two days will be critical'],
    speakers: ['a resident', 'the fire chief', 'the regional governor', 'a farmer'],
  },
  {
    name: 'drought',
    titles: [(s) => `Drought leaves ${s.n(1, 9)} million hungry in ${s.country}`, (s) => `UN appeals for food aid as drought grips ${s.region}`],
    lead: [
      (s) => `About ${s.n(1, 9)} million people in ${s.country} need food aid after ${s.n(3, 6)} failed rainy seasons, the United Nations said on ${s.day()}.`,
      (s) => `Herders in ${s.country}'s ${s.region} region have lost ${s.n(20, 80)}% of their livestock to drought, aid groups said on ${s.day()}.`,
    ],
    body: [
      (s) => `The World Food Programme said it needed ${s.n(50, 900)} million dollars to feed people until the next harvest.`,
      (s) => `Water prices in ${s.town} have tripled since the wells dried up.`,
      (s) => `Thousands of families have moved to camps near ${s.town} in search of water and food.`,
      (s) => `Malnutrition among children under five has reached emergency levels in ${s.n(3, 12)} districts.`,
    ],
    quotes: ['Our animals are dying one by one', 'Without help, many children will not survive the dry season', 'We have not seen rain for two years'],
    speakers: ['a herder', 'a World Food Programme official', 'a mother at the camp'],
  },
  {
    name: 'ferry',
    titles: [(s) => `Ferry with ${s.n(80, 600)} aboard runs aground off ${s.country}`, (s) => `Passengers rescued after ferry fire near ${s.town}`],
    lead: [
      (s) => `A passenger ferry carrying ${s.n(80, 600)} people ran aground off ${s.town} in ${s.country} on ${s.day()}, and all passengers were brought ashore, the coast guard said.`,
      (s) => `Rescuers evacuated ${s.n(80, 600)} passengers from a ferry that caught fire near ${s.town} on ${s.day()}, ${s.country}'s coast guard said.`,
    ],
    body: [
      (s) => `The ${s.company} vessel was sailing from ${s.town} to ${s.capital} in heavy seas.`,
      (s) => `${s.n(2, 40)} people were treated in hospital for minor injuries and hypothermia.`,
      (s) => `The accident investigation board said it would examine the ship's navigation records.`,
      (s) => `The route is served by ${s.n(2, 8)} ferries a day in summer.`,
    ],
    quotes: ['There was a loud bang and then the ship tilted', 'The crew kept everyone calm', 'We will find out what went wrong'],
    speakers: ['a passenger', 'the coast guard commander', 'a company spokesman'],
  },
  {
    name: 'trade',
    titles: [(s) => `${s.country} and EU sign trade deal`, (s) => `${s.country} raises tariffs on steel imports`],
    lead: [
      (s) => `${s.country} signed a trade agreement with the European Union on ${s.day()} that will remove tariffs on ${s.n(70, 99)}% of goods over ${s.n(5, 15)} years.`,
      (s) => `${s.country} raised import tariffs on steel to ${s.n(10, 45)}% on ${s.day()}, saying cheap imports threatened local jobs.`,
    ],
    body: [
      (s) => `Trade between the two sides was worth ${s.n(2, 90)} billion dollars last year.`,
      (s) => `Exporters of coffee, flowers and textiles are expected to benefit most.`,
      (s) => `The agreement still needs approval by parliament in ${s.capital}.`,
      (s) => `Steelmakers say ${s.n(1000, 40000)} jobs are at risk from cheap imports.`,
    ],
    quotes: ['This deal opens a market of millions of consumers', 'We will defend our industry', 'Farmers have been left out of the talks'],
    speakers: ['the trade minister', 'a European Commission official', 'a farmers union leader'],
  },
  {
    name: 'outbreak',
    titles: [(s) => `Cholera outbreak kills ${s.n(3, 90)} in ${s.country}`, (s) => `${s.country} declares measles emergency in ${s.region}`],
    lead: [
      (s) => `A cholera outbreak has killed ${s.n(3, 90)} people and sickened more than ${s.n(200, 9000)} in ${s.country}'s ${s.region} region, the health ministry said on ${s.day()}.`,
      (s) => `Health authorities in ${s.country} declared an emergency in ${s.region} on ${s.day()} after ${s.n(100, 3000)} cases of measles were reported in ${s.n(2, 8)} weeks.`,
    ],
    body: [
      (s) => `The World Health Organization said it was sending ${s.n(10, 300)},000 vaccine doses to ${s.town}.`,
      (s) => `Clinics in ${s.town} were overwhelmed and patients were treated in tents.`,
      (s) => `Officials urged residents to boil drinking water and wash their hands.`,
      (s) => `The outbreak began in a camp for people displaced by floods.`,
    ],
    quotes: ['We are racing to contain the outbreak before the rains', 'Every hour matters for the sick', 'The water is not safe to drink'],
    speakers: ['the health minister', 'a doctor at the clinic', 'a World Health Organization official'],
  },
];

function person(rng: Rng): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

function slots(rng: Rng): Slots {
  const [town, region, country, capital, river] = rng.pick(PLACES);
  return {
    rng,
    town,
    region,
    country,
    capital,
    river,
    company: rng.pick(COMPANIES),
    person: () => person(rng),
    day: () => rng.pick(DAYS),
    n: (min, max) => rng.int(min, max).toLocaleString('en-US'),
    year: () => String(rng.int(1998, 2025)),
  };
}

/** Story `index` of a synthetic corpus: the same story for the same (seed, index) on every run. */
export function syntheticStory(seed: number, index: number): StoryRecord {
  const rng = createRng(Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) + index * 0x2545f491);
  const topic = TOPICS[index % TOPICS.length];
  const s = slots(rng);
  const [agency, agencyKey] = rng.pick(AGENCIES);
  const month = rng.int(0, 11);
  const date = rng.int(1, 28);
  const sentences = [rng.pick(topic.lead)(s), ...rng.shuffle(topic.body).slice(0, rng.int(3, topic.body.length)).map((t) => t(s))];
  for (const quote of rng.shuffle(topic.quotes).slice(0, rng.int(1, 2))) {
    const at = rng.int(1, sentences.length);
    sentences.splice(at, 0, `"${quote}," said ${person(rng)}, ${rng.pick(topic.speakers)}.`);
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    const take = i > 0 && rng.chance(0.35) ? 2 : 1;
    paragraphs.push(sentences.slice(i, i + take).join(' '));
    i += take;
  }
  paragraphs[0] = `${s.town.toUpperCase()}, ${MONTHS[month]} ${date} (${agency}) - ${paragraphs[0]}`;
  return {
    id: `synth-${agencyKey}-${topic.name}-${index}`,
    agency,
    title: rng.pick(topic.titles)(s),
    published: `2026-${String(month + 1).padStart(2, '0')}-${String(date).padStart(2, '0')}T${String(rng.int(0, 23)).padStart(2, '0')}:00:00Z`,
    topics: [topic.name, s.country.toLowerCase()],
    text: paragraphs.join('\n\n'),
  };
}

export function syntheticStories(seed: number, count: number): StoryRecord[] {
  return Array.from({ length: count }, (_, index) => syntheticStory(seed, index));
}
