package extract

import (
	"context"
	"testing"
)

// TestNegativeFrame checks the articles the frame stage sets aside as being
// about something other than a new attack.
func TestNegativeFrame(t *testing.T) {
	tests := []struct {
		name, title, body string
		want              bool
	}{
		{"a new attack",
			"Bomb kills five in Kabul",
			"A bomb exploded in a crowded market in Kabul on Friday, killing five people.",
			false},
		{"a trial in the headline and the lead",
			"Trial opens over 2015 Paris attacks",
			"The trial of twenty men accused over the 2015 attacks in Paris opened in court on Wednesday.",
			true},
		{"a trial in the headline only",
			"Trial delayed as bomb kills five",
			"A bomb exploded in a crowded market in Kabul on Friday, killing five people.",
			false},
		{"a blast called an accident with no word of an attack",
			"Blast at chemical plant",
			"An explosion at a chemical plant in Tianjin on Friday was an accident, officials said, after a gas leak.",
			true},
		{"deaths with no one who caused them",
			"Thirty miners killed in colliery",
			"Thirty coal miners have been killed in an underground explosion at a colliery east of Johannesburg, the mine owners said.",
			true},
		{"an explosion and no doer",
			"Grain elevator explodes",
			"An explosion and fire today damaged a grain elevator in Bancroft, Iowa, destroying thousands of bushels of grain.",
			true},
		{"deaths at the hands of troops",
			"Chad says troops killed 1,200 Libyans",
			"Chad's military high command said today troops killed 1,269 Libyan soldiers in routing a 5,000-strong force on Sunday.",
			false},
		{"an explosion with a bomb in the next paragraph",
			"Eight killed in Djibouti blast",
			"Eight people were killed and some 30 injured in a blast in a crowded cafe in Djibouti.\n\nThe blast appeared to have been caused by a bomb.",
			false},
		{"a shooting the police say was no crime",
			"Mayor wounded in shooting",
			"The mayor of Kalmar was wounded in a shooting at his farm on Sunday, police said.\n\nA police spokesman said no foul play was suspected.",
			true},
		{"gunmen named beside a word of no foul play",
			"Mayor wounded by gunmen",
			"Gunmen wounded the mayor of Kalmar at his farm on Sunday, police said.\n\nPolice said no foul play was suspected in a second death nearby.",
			false},
		{"a judge who is the one killed",
			"Judge killed in Peshawar",
			"Gunmen killed a judge outside his home in Peshawar on Monday, police said.",
			false},
		{"a judge wounded, the frame word before its harm",
			"Judge wounded in Peshawar",
			"A judge was wounded in Peshawar on Monday when gunmen fired on his car, police said.",
			false},
		{"a hostage freed: abduction beside the release frame",
			"Hostage freed in Beirut",
			"A kidnapped diplomat has been freed in Beirut after 64 days in captivity, witnesses said.",
			true},
		{"a judge aimed at in the headline",
			"Gunmen open fire on judge's car",
			"A judge escaped unhurt in Peshawar on Monday, police said. His driver was wounded.",
			false},
		{"a bombing trial is a trial",
			"Trial opens against bombing suspects",
			"The trial of four men accused of the market bombing opened in court on Monday.",
			true},
		{"explosions whose bomb the story tells later",
			"Two explosions in Mosul market",
			"Two explosions tore through a market in Mosul on Tuesday, wounding six people.\n\nShops were wrecked.\n\nThe wounded were taken to hospital.\n\nPolice said a bomb hidden in a handcart had been set off by a timer.",
			false},
		{"a plant that made explosives and blew up by accident",
			"Three killed in explosion at plant",
			"Three workers were killed on Tuesday when an explosion ripped through a plant near Bhilwara.\n\nFire crews fought the blaze.\n\nThe injured were taken to hospital.\n\nThe plant made explosives for quarries. Officials called the blast an accident.",
			true},
		{"a bomb made of a fertiliser",
			"Bomb damages bank",
			"A bomb made of ammonium nitrate exploded at the door of a bank in Valparaiso on Tuesday, police said.",
			false},
		{"a gas tank that blew up in an accident",
			"Two killed at Lahore restaurant",
			"A gas tank blew up at a restaurant in Lahore on Tuesday, killing two cooks, in what police called an accident.",
			true},
		{"an explosion that felt like an earthquake",
			"Explosion shakes Bogota",
			"An explosion shook central Bogota on Tuesday, wounding four people. It felt like an earthquake, residents said.\n\nWindows were shattered.\n\nThe wounded were taken to hospital.\n\nA police officer said a bomb had been set off in a parked truck.",
			false},
		{"a court that jails the killers of a judge",
			"Court jails killers of judge",
			"A court in Peshawar on Monday sentenced two men to life in prison for the killing of a judge.",
			true},
		{"economic targets that warplanes hit",
			"Iraq says planes hit economic targets",
			"Iraqi warplanes hit economic targets in the Iranian city of Tabriz today, a military spokesman said.",
			false},
		{"economic targets a government sets",
			"Egypt sets economic targets",
			"Egypt's government set new economic targets for 1988 today, the planning minister said.",
			true},
		{"economic targets an army met",
			"Army hits economic targets of plan",
			"The army hit its economic targets for road building this year, the defence ministry said today.",
			true},
		{"boats that helicopters sank",
			"Iraq says it sank four boats",
			"Iraqi helicopter gunships sank four Iranian speedboats off the Faw peninsula today, a communique said.",
			false},
		{"a navy ship that sank in a storm",
			"Navy ship sinks in storm",
			"A Peruvian navy patrol ship sank in a storm off Paita today and nine sailors drowned, the navy said.",
			true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ms := mentionsOf(t, "2020-05-01", tt.title, tt.body)
			if got := a.negativeFrame(ms); got != tt.want {
				t.Errorf("negativeFrame = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestAgentBacked checks which headlines state an attack with the armed
// agent that made it, the test an article the relevance model is unsure
// of must pass.
func TestAgentBacked(t *testing.T) {
	tests := []struct {
		name, title string
		want        bool
	}{
		{"forces attack a platform", "U.S. naval forces attack Iranian oil platform", true},
		{"warplanes hit a tanker", "Iraqi warplanes hit tanker in Gulf", true},
		{"passive, by an agent", "A tanker was attacked by Iranian gunboats", true},
		{"a reaction to an attack", "Japan understands U.S. attack on oil platform", false},
		{"the agent is not the subject", "Navy unloads grain during port strike", false},
		{"an accident", "Ship accidentally hit by navy artillery", false},
		{"no agent", "Iran vows revenge for raid", false},
		{"gunmen kill, active", "Gunmen kill five policemen in Peshawar", true},
		{"killed by rebels, passive", "Twenty soldiers were killed by rebels near Torit", true},
		{"a killing with no agent", "Five policemen killed in Peshawar", false},
		{"an armed side tells its own deed", "UNITA rebels said they had killed 100 government soldiers", true},
		{"craft that sank boats", "Iraqi helicopters sank three Iranian boats", true},
		{"a ship of the navy that sank", "A navy ship sank in a storm off Paita", false},
		{"attacks a condition asks to stop", "The truce holds on condition that rebels stop attacking army posts and shelling towns", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _ := mentionsOf(t, "2020-05-01", tt.title, "The ministry said on Friday.")
			if got := a.agentBacked(0); got != tt.want {
				t.Errorf("agentBacked(%q) = %v, want %v", tt.title, got, tt.want)
			}
		})
	}
}

// TestAgentBackedBody checks the body sentences that state an attack
// with its doer in words a headline would not use: a state's name before
// a deed of force on a physical target, a state that launched an attack,
// a craft's noun before its ships' names, people kidnapped on a named day,
// a state's strike named by its demonym and told with its day, a force
// killing a civilian, an office holder dead of a weapon's wounds.
func TestAgentBackedBody(t *testing.T) {
	tests := []struct {
		name, body string
		want       bool
	}{
		{"a state's deed on a platform", "Analysts said the U.S. destruction of an Iranian oil platform raised the stakes.", true},
		{"a state's possessive deed on a tanker", "Analysts said Iraq's attack on a Greek tanker raised the stakes.", true},
		{"a state's attack on no target", "Analysts said the U.S. attack on the trade deficit raised the stakes.", false},
		{"a state's deed a reaction governs", "Japan condemned the U.S. attack on an Iranian oil platform.", false},
		{"a state launched an offensive", "Fighting goes on near Penjwin, where Iran launched its new offensive on Sunday.", true},
		{"a state that may launch one", "Analysts said Iran may launch a new offensive near Penjwin.", false},
		{"ships named after their craft", "The Pentagon said the frigates Reid, Jarrett and Crommelin fired at the platform.", true},
		{"names with no craft", "The Pentagon said Reid, Jarrett and Crommelin fired at the platform.", false},
		{"kidnapped on a named day", "The ministry said the aid worker and his driver were kidnapped near Sidon on May 10.", true},
		{"kidnapped, no day", "Eight Americans kidnapped in Lebanon are still held.", false},
		{"kidnapped on a day years ago", "The family of the aid worker, who was kidnapped near Sidon on May 9, 1985, held a vigil.", false},
		{"a state's air raid told with its day", "Kuwait protested on Friday over an Iraqi air raid on Thursday against a Kuwaiti tanker.", true},
		{"a state's air strikes with no day", "The fields have been targets for Iraqi air strikes in the past.", false},
		{"a force killing a civilian", "Police beat and killed a student in the town of Rajshahi on Tuesday, his family said.", true},
		{"a force killing gunmen", "Police killed two gunmen in the town of Rajshahi on Tuesday, officials said.", false},
		{"an office holder dead of gunshot wounds", "Julio Soto, the presidential candidate, has died from gunshot wounds, his party said.", true},
		{"a man dead of gunshot wounds", "Julio Soto, a 48-year-old farmer, has died from gunshot wounds, his family said.", false},
		{"a state telling of its tanker struck", "Kuwait said its tanker was hit by a missile off Mina al-Ahmadi on Monday.", true},
		{"a state vowing to answer an attack", "Iran said it would retaliate for the missile attack on its oil platform on Monday.", true},
		{"soldiers burned houses yesterday", "Soldiers burned houses in Mafa village yesterday.", true},
		{"troops burned homes, no day", "Troops burned homes in Monywa, residents said.", true},
		{"troops denied they burned homes", "The army denied that troops burned homes in Monywa.", false},
		{"protesters burned tyres", "Protesters burned tyres in Monywa yesterday.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _ := mentionsOf(t, "1987-05-12", "Ministry says", tt.body)
			if got := a.agentBacked(1); got != tt.want {
				t.Errorf("agentBacked(%q) = %v, want %v", tt.body, got, tt.want)
			}
		})
	}
}

// TestStatedWithDoer checks which incidents of an article the relevance
// model is unsure of are kept: those whose type a sentence stating an
// attack with its doer gives, or that the opening types while the
// headline or the lead states their doer.
func TestStatedWithDoer(t *testing.T) {
	tests := []struct {
		name, title, body string
		want              int
	}{
		{"the headline types, the lead states the doer",
			"Artillery shells Kandahar airport",
			"Moslem guerrillas shelled the airport of Kandahar on Friday, diplomatic sources said.",
			1},
		{"the headline states the doer, the lead types",
			"Sikh militants kill 11 in Punjab",
			"Sikh militants stopped a bus on a highway near Ludhiana on Friday night and gunned down 11 passengers, police said.",
			1},
		{"no sentence states a doer",
			"Artillery shells Kandahar airport",
			"The airport of Kandahar was shelled on Friday, diplomatic sources said.",
			0},
		{"the headline types, the lead counts the hurt of a strike with no doer",
			"Kuwait protests over missile attack on tanker",
			"A missile struck a Kuwaiti-flagged tanker off Mina al-Ahmadi on Monday, wounding three crewmen, port officials said. Kuwait said it had protested to Iran over the missile attack on its tanker.",
			1},
		{"a doer of attacks a condition asks to stop",
			"Truce on air raids ends today",
			"Today is the last day of a truce on air raids declared on condition that rebels stop attacking army posts and shelling its towns.",
			0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, st := storyOf(t, "2020-05-02", tt.title, tt.body)
			recs, err := a.fill(context.Background(), st)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(a.statedWithDoer(recs)); got != tt.want {
				t.Errorf("statedWithDoer kept %d of %d incidents, want %d", got, len(recs), tt.want)
			}
		})
	}
}
