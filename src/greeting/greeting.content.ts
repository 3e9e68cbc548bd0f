/** The greeting's content: its schema (types, validation, JSON Schema) and default. */
import { array, object, string, text, type Infer } from '../core/schema.js';
import { NEW_NAME } from '../core/seed.js';

export const greetingSchema = object(
  {
    heading: text(),
    paragraphs: array(text()),
    signature: object({ organization: text(), role: text(), name: text() }),
    photo: object({ src: string('url'), alt: text() }),
  },
  ['photo'],
  // A bad photo is dropped; the greeting itself still shows.
  ['photo'],
);

/** The content of `<jitco-greeting>`. */
export type GreetingContent = Infer<typeof greetingSchema>;

/** The president's greeting from JITCO's greeting page, verbatim. */
export const defaultGreeting: GreetingContent = {
  heading: 'Greeting',
  paragraphs: [
    "Japan’s Technical Intern Training Program, which aims to transfer skills, technology, and knowledge to developing nations and regions, and seeks to make a positive contribution towards the cultivation of human talent that can play a leading role in the economic development of these countries and regions, traces its origins back to the training programs implemented as part of employee training and education by the overseas subsidiaries of Japanese corporations from the late 1960s onwards. In 1993, this training was formalized with the establishment of the Technical Intern Training Program. Subsequently, the amendment of the Immigration Control Act in 2010 saw the formal establishment of Technical Intern Training as a residence status category, and the coming into effect of the Technical Intern Training Act in 2017 was followed by a shift over to a new Technical Intern Training Program. As a result of these changes in the law, the Technical Intern Training Program has developed steadily, and as of June 30, 2019 there were approximately 370,000 Technical Intern Trainees in Japan, accounting for around 13% of all foreign nationals resident in Japan.",
    "Besides the Technical Intern Training Program, starting from April 2019 Japan began to accept Specified Skilled Workers, a new resident status category for overseas human talent in specific industry sectors, with the aim of helping ease the labor shortages that are affecting Japan. As of December 31, 2019, there were a total of 1,621 first-year Specified Skilled Workers in Japan; in the future, it is anticipated that the number of Specified Skilled Workers will increase as the Specific Skilled Worker Examination comes to be more widely implemented both within and outside Japan.",
    "The Japan International Training Cooperation Organization (JITCO) was established in 1991 as a comprehensive consultation and support organization to facilitate the smooth implementation of training programs in Japan. Over the period of nearly three decades that has elapsed since then, JITCO has continued to function as a general support organization for the Technical Intern Training Program and related training programs, dedicating itself to providing advice, assistance, etc. for foreign Technical Intern Trainees, the accepting organizations and enterprises, etc. in Japan, and the government contact organizations and sending organizations in other countries. JITCO is also providing advice and support along similar lines for the stakeholders of the new Specified Skilled Workers Program that was established in 2019.",
    "On April 1, 2020, the official name of our organization was changed from “Japan International Training Cooperation Organization” to “Japan International Trainee & Skilled Worker Cooperation Organization.” In the future, we will continue to function as a comprehensive support organization for programs relating to the accepting of human talent from other countries, and we will be striving to further expand the range of support services that we provide for program stakeholders, and to contribute to the economic and social development of both Japan and the sending countries.",
    "We appreciate your continued recognition and support.",
  ],
  signature: { organization: NEW_NAME, role: 'President', name: 'Hiroaki Yagi' },
};
