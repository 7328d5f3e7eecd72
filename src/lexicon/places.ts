/**
 * Places that speak as institutions in news text ("Iraq says", "Moscow
 * denied"): countries and capitals, lower case. A source phrase that is one of
 * these is an organization (the government it stands for).
 */
export const PLACES: ReadonlySet<string> = new Set([
  'afghanistan', 'albania', 'algeria', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan',
  'bahrain', 'bangladesh', 'belarus', 'belgium', 'bolivia', 'bosnia', 'brazil', 'britain', 'bulgaria',
  'cambodia', 'canada', 'chile', 'china', 'colombia', 'croatia', 'cuba', 'cyprus', 'czechia',
  'denmark', 'ecuador', 'egypt', 'england', 'estonia', 'ethiopia', 'europe', 'finland', 'france',
  'georgia', 'germany', 'ghana', 'greece', 'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq',
  'ireland', 'israel', 'italy', 'japan', 'jordan', 'kazakhstan', 'kenya', 'korea', 'kosovo', 'kuwait',
  'latvia', 'lebanon', 'libya', 'lithuania', 'malaysia', 'mexico', 'moldova', 'morocco', 'nepal',
  'netherlands', 'nigeria', 'norway', 'oman', 'pakistan', 'palestine', 'panama', 'peru', 'philippines',
  'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda', 'scotland', 'serbia', 'singapore',
  'slovakia', 'somalia', 'spain', 'sudan', 'sweden', 'switzerland', 'syria', 'taiwan', 'thailand',
  'tunisia', 'turkey', 'ukraine', 'uganda', 'uk', 'u.k.', 'us', 'u.s.', 'usa', 'america', 'venezuela',
  'vietnam', 'wales', 'yemen', 'zimbabwe', 'washington', 'moscow', 'beijing', 'baghdad', 'tehran',
  'damascus', 'kabul', 'kyiv', 'kiev', 'london', 'paris', 'berlin', 'brussels', 'tokyo', 'seoul',
  'pyongyang', 'ankara', 'cairo', 'riyadh', 'jerusalem', 'ramallah', 'beirut', 'islamabad',
  'delhi', 'new delhi', 'ottawa', 'canberra', 'rome', 'madrid', 'warsaw', 'vienna', 'athens',
  'havana', 'caracas', 'minsk', 'tbilisi', 'baku', 'yerevan', 'doha', 'amman', 'tripoli', 'khartoum',
  'nairobi', 'pretoria', 'albany', 'sacramento', 'austin', 'california', 'texas', 'florida', 'ohio',
  'michigan', 'pennsylvania', 'virginia', 'wisconsin', 'iowa', 'nevada', 'arizona', 'colorado',
  'kremlin', 'pentagon', 'nato', 'hamas', 'hezbollah', 'tehran', 'gaza'
])
