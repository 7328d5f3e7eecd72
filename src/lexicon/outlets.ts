/**
 * News outlets and agencies, and the nouns that make a phrase a medium.
 * Matched on whole words, case-insensitively; "The" before a name is optional.
 * More outlets, agencies and platforms are kept as data in `data/outlets.json`.
 */
import moreOutlets from './data/outlets.json'

export const OUTLETS: readonly string[] = [
  'AFP', 'Agence France-Presse', 'Agence France Presse', 'Reuters', 'AP', 'Associated Press',
  'Interfax', 'TASS', 'ITAR-TASS', 'RIA Novosti', 'RIA', 'Sputnik', 'RT', 'Xinhua', 'Kyodo',
  'Yonhap', 'dpa', 'ANSA', 'EFE', 'Anadolu', 'IRNA', 'Fars', 'Tasnim', 'ISNA', 'SANA', 'Bernama',
  'PTI', 'Bloomberg', 'CNN', 'BBC', 'Fox News', 'Fox', 'NBC', 'NBC News', 'CBS', 'CBS News', 'ABC',
  'ABC News', 'MSNBC', 'CNBC', 'NPR', 'PBS', 'C-SPAN', 'ESPN', 'New York Times', 'Times',
  'Washington Post', 'Wall Street Journal', 'WSJ', 'Journal', 'Politico', 'The Hill', 'Axios',
  'Guardian', 'Telegraph', 'Daily Telegraph', 'Daily Mail', 'Mail', 'Breitbart', 'Breitbart News',
  'HuffPost', 'Huffington Post', 'BuzzFeed', 'BuzzFeed News', 'Vox', 'Slate', 'USA Today',
  'Los Angeles Times', 'LA Times', 'Chicago Tribune', 'Boston Globe', 'Al Jazeera', 'Al Arabiya',
  'Haaretz', 'Jerusalem Post', 'Times of Israel', 'Financial Times', 'FT', 'Economist',
  'Newsweek', 'Time magazine', 'Atlantic', 'New Yorker', 'Daily Beast', 'Mother Jones',
  'National Review', 'Weekly Standard', 'Daily Caller', 'Washington Times', 'Washington Examiner',
  'New York Post', 'Daily News', 'New York Daily News', 'Le Monde', 'Le Figaro', 'Der Spiegel',
  'Spiegel', 'Bild', 'Asahi', 'Yomiuri', 'Nikkei', 'South China Morning Post', 'Straits Times',
  'Hindustan Times', 'Times of India', 'Dawn', 'Kommersant', 'Izvestia', 'Vedomosti', 'Pravda',
  'Global Times', 'People\'s Daily', 'China Daily', 'Press TV', 'Al-Masdar', 'Kurdistan 24',
  'Rudaw', 'Sky News', 'ITV', 'Channel 4', 'Deutsche Welle', 'DW', 'France 24', 'Euronews',
  'Voice of America', 'VOA', 'Radio Free Europe', 'RFE/RL', 'Univision', 'Telemundo', 'Yahoo News',
  'Yahoo', 'Google News', 'Drudge Report', 'Infowars', 'Salon', 'The Intercept', 'Intercept',
  'ProPublica', 'McClatchy', 'Gannett', 'Newsmax', 'One America News', 'OAN', 'The Blaze',
  'TheBlaze', 'Daily Signal', 'Free Beacon', 'Washington Free Beacon', 'Talking Points Memo',
  'TPM', 'Think Progress', 'ThinkProgress', 'Raw Story', 'Mediaite', 'Variety', 'Hollywood Reporter',
  'Rolling Stone', 'Vanity Fair', 'Esquire', 'GQ', 'Forbes', 'Fortune', 'Business Insider',
  'Insider', 'MarketWatch', 'Barron\'s', 'Des Moines Register', 'Miami Herald', 'Dallas Morning News',
  'Houston Chronicle', 'San Francisco Chronicle', 'Seattle Times', 'Denver Post', 'Arizona Republic',
  'Philadelphia Inquirer', 'Detroit Free Press', 'Star Tribune', 'Tampa Bay Times', 'Sun-Times',
  'Chicago Sun-Times', 'Orlando Sentinel', 'Baltimore Sun', 'Atlanta Journal-Constitution',
  'Guardian US', 'The Sun', 'Independent', 'Evening Standard', 'Observer', 'Irish Times',
  'Globe and Mail', 'Toronto Star', 'CBC', 'Sydney Morning Herald', 'ABC News Australia', 'WSJ.com',
  'CNN.com', 'Twitter', 'Facebook', 'YouTube', 'Instagram', 'Truth Social',
  ...moreOutlets.names
]

/** Nouns that make a phrase a news medium ("Russia's Interfax news agency", "the newspaper"). */
export const MEDIA_HEADS: ReadonlySet<string> = new Set([
  'newspaper', 'newspapers', 'paper', 'agency', 'broadcaster', 'network', 'networks', 'channel',
  'television', 'tv', 'radio', 'magazine', 'daily', 'weekly', 'outlet', 'outlets', 'website',
  'tabloid', 'wire', 'media', 'press', 'station', 'newsletter', 'journal', 'gazette', 'times',
  'post', 'herald', 'tribune', 'news'
])
