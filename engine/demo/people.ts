// Synthetic personal data: Chinese names, phone numbers, ID numbers and addresses that are
// well-formed (an ID number has a valid date and GB 11643 check digit) but obviously fake:
// phone numbers carry 0000 in digits 4-7, ID numbers the non-existent province code 99.
import { readResourceJson } from '../core/resources.js';
import { dayFromParts, daysInMonth } from '../core/calendar.js';
import type { Random } from './random.js';

interface PeopleFile {
  surnames: string[];
  givenChars: string[];
  phonePrefixes: string[];
  idRegionCodes: string[];
}

export interface PlacesFile {
  city: string;
  supplyUnits: { id: string; name: string; districts: string[] }[];
  streets: string[];
  compounds: string[];
  villages: string[];
  industrialParks: string[];
  feederNames: string[];
  weatherStations: { id: string; name: string }[];
}

export interface Vocabulary {
  people: PeopleFile;
  places: PlacesFile;
}

export function loadVocabulary(): Vocabulary {
  return { people: readResourceJson<PeopleFile>('demo', 'people.json'), places: readResourceJson<PlacesFile>('demo', 'places.json') };
}

export function personName(rng: Random, people: PeopleFile): string {
  const given = rng.chance(0.7) ? rng.pick(people.givenChars) + rng.pick(people.givenChars) : rng.pick(people.givenChars);
  return rng.pick(people.surnames) + given;
}

export function phoneNumber(rng: Random, people: PeopleFile): string {
  return `${rng.pick(people.phonePrefixes)}0000${String(rng.int(0, 9999)).padStart(4, '0')}`;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** An 18-character resident ID number (GB 11643-1999) with a valid check digit. */
export function idNumber(rng: Random, people: PeopleFile, birthYear: number): string {
  const month = rng.int(1, 12);
  const birth = dayFromParts(birthYear, month, rng.int(1, daysInMonth(birthYear, month)));
  const body = `${rng.pick(people.idRegionCodes)}${birth}${String(rng.int(0, 999)).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * ID_WEIGHTS[i]!;
  return body + ID_CHECK[sum % 11];
}

export function homeAddress(rng: Random, places: PlacesFile, district: string, rural: boolean): string {
  if (rural) return `${places.city}${district}${rng.pick(places.villages)}${rng.int(1, 12)}组${rng.int(1, 80)}号`;
  return `${places.city}${district}${rng.pick(places.streets)}${rng.int(1, 400)}号${rng.pick(places.compounds)}${rng.int(1, 30)}幢${rng.int(1, 4)}单元${rng.int(1, 28)}0${rng.int(1, 4)}室`;
}

export function businessAddress(rng: Random, places: PlacesFile, district: string, industrial: boolean): string {
  if (industrial) return `${places.city}${district}${rng.pick(places.industrialParks)}${rng.pick(places.streets)}${rng.int(1, 300)}号`;
  return `${places.city}${district}${rng.pick(places.streets)}${rng.int(1, 600)}号`;
}
